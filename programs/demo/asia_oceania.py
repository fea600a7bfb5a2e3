"""Demo programmes in Asia, the Middle East and Oceania. Figures are approximate and unverified."""

UNIVERSITIES = [
    {
        "slug": "nus",
        "name": "National University of Singapore",
        "country": "SG",
        "city": "Singapore",
        "website": "https://www.nus.edu.sg/",
    },
    {
        "slug": "ntu-singapore",
        "name": "Nanyang Technological University",
        "country": "SG",
        "city": "Singapore",
        "website": "https://www.ntu.edu.sg/",
    },
    {
        "slug": "hkust",
        "name": "Hong Kong University of Science and Technology",
        "country": "HK",
        "city": "Hong Kong",
        "website": "https://hkust.edu.hk/",
    },
    {
        "slug": "tokyo",
        "name": "The University of Tokyo",
        "country": "JP",
        "city": "Tokyo",
        "website": "https://www.u-tokyo.ac.jp/en/",
    },
    {
        "slug": "iisc",
        "name": "Indian Institute of Science",
        "country": "IN",
        "city": "Bengaluru",
        "website": "https://iisc.ac.in/",
    },
    {
        "slug": "melbourne",
        "name": "The University of Melbourne",
        "country": "AU",
        "city": "Melbourne",
        "website": "https://www.unimelb.edu.au/",
    },
    {
        "slug": "anu",
        "name": "Australian National University",
        "country": "AU",
        "city": "Canberra",
        "website": "https://www.anu.edu.au/",
    },
    {
        "slug": "canterbury",
        "name": "University of Canterbury",
        "country": "NZ",
        "city": "Christchurch",
        "website": "https://www.canterbury.ac.nz/",
    },
    {
        "slug": "mbzuai",
        "name": "Mohamed bin Zayed University of Artificial Intelligence",
        "country": "AE",
        "city": "Abu Dhabi",
        "website": "https://mbzuai.ac.ae/",
    },
]

PROGRAMMES = [
    {
        "university": "nus",
        "slug": "mcomp-artificial-intelligence",
        "title": "Master of Computing (Artificial Intelligence specialisation)",
        "degree_type": "other",
        "subject_area": "artificial_intelligence",
        "pace": "either",
        "duration_months": 18,
        "description": (
            "The AI specialisation of NUS's coursework master's in computing, open to "
            "full-time and part-time students. Courses run from learning theory and deep "
            "learning to planning under uncertainty."
        ),
        "tuition_amount": 58000,
        "tuition_currency": "SGD",
        "tuition_basis": "total",
        "living_cost_monthly": 1900,
        "living_cost_currency": "SGD",
        "required_background": "A bachelor's in computing or a related discipline.",
        "min_ielts": "6.5",
        "min_toefl": 85,
        "apply_url": "https://www.comp.nus.edu.sg/programmes/pg/misc/application",
        "official_url": "https://www.comp.nus.edu.sg/programmes/pg/misc/application",
        "courses": [
            ("CS5242 Neural Networks and Deep Learning", "required", 4, ["deep-learning"]),
            (
                "CS5339 Theory and Algorithms for Machine Learning",
                "elective",
                4,
                ["supervised-learning", "optimisation"],
            ),
            (
                "CS5340 Uncertainty Modelling in AI",
                "elective",
                4,
                ["probabilistic-graphical-models"],
            ),
            (
                "CS5446 AI Planning and Decision Making",
                "elective",
                4,
                ["reinforcement-learning"],
            ),
            (
                "CS5246 Text Mining",
                "elective",
                4,
                ["natural-language-processing", "information-retrieval"],
            ),
            (
                "CS5228 Knowledge Discovery and Data Mining",
                "elective",
                4,
                ["unsupervised-learning", "data-engineering"],
            ),
        ],
        "faculty": [
            (
                "Lee Wee Sun",
                "Professor",
                ["probabilistic-graphical-models", "reinforcement-learning"],
            ),
            ("Bryan Kian Hsiang Low", "Associate Professor", ["optimisation", "statistics"]),
        ],
        # The latest dates the School of Computing's application page gives are for the
        # January and August 2024 intakes; later ones are not published there.
        "intakes": [
            {
                "starts_on": "2024-01-01",
                "url": "https://www.comp.nus.edu.sg/programmes/pg/misc/application",
                "checked": "2026-11-30",
                "deadlines": [
                    ("Applications close", "2023-08-31", "Applications opened 1 July 2023."),
                ],
            },
            {
                "starts_on": "2024-08-01",
                "url": "https://www.comp.nus.edu.sg/programmes/pg/misc/application",
                "checked": "2026-11-30",
                "deadlines": [
                    (
                        "Applications close",
                        "2024-02-29",
                        "Applications opened 1 December 2023; those in by the end of January "
                        "could be considered for early offers.",
                    ),
                ],
            },
        ],
    },
    {
        "university": "ntu-singapore",
        "slug": "msc-artificial-intelligence",
        "title": "MSc in Artificial Intelligence",
        "subject_area": "artificial_intelligence",
        "pace": "either",
        # The college's page for its MSc programmes gives three semesters as the normal
        # full-time candidature (two at the least) and three years part time; it does not
        # say which intake it speaks for.
        "duration_months": 18,
        "description": (
            "A coursework master's from NTU's College of Computing and Data Science covering "
            "the main branches of modern AI, with an optional project. Full-time students "
            "normally take three semesters (one year at the fastest); part-time students "
            "normally take three years."
        ),
        "has_capstone": True,
        "tuition_amount": 50000,
        "tuition_currency": "SGD",
        "tuition_basis": "total",
        "living_cost_monthly": 1800,
        "living_cost_currency": "SGD",
        "required_background": (
            "A bachelor's in computer science, engineering, mathematics or a related field."
        ),
        "min_ielts": "6.5",
        "min_toefl": 90,
        "apply_url": "https://www.ntu.edu.sg/admissions/graduate",
        "official_url": "https://www.ntu.edu.sg/education/graduate-programme/master-of-science-in-artificial-intelligence",
        "sources": {
            "duration": {
                "url": "https://ntu.edu.sg/computing/admissions/graduate-programmes/master-of-science-programmes",
                "intake": None,
                "checked": "2026-11-30",
            },
        },
        "courses": [
            (
                "Machine Learning",
                "required",
                3,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("Deep Learning and its Applications", "required", 3, ["deep-learning"]),
            ("Computer Vision", "elective", 3, ["computer-vision"]),
            ("Natural Language Processing", "elective", 3, ["natural-language-processing"]),
            ("Reinforcement Learning", "elective", 3, ["reinforcement-learning"]),
            ("AI Ethics and Governance", "elective", 3, ["ethics-and-fairness"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-08-09",
                "deadlines": [
                    ("Applications close", "2027-01-31", ""),
                ],
            },
        ],
    },
    {
        "university": "hkust",
        "slug": "msc-big-data-technology",
        "title": "MSc in Big Data Technology",
        "subject_area": "data_science",
        "pace": "either",
        "duration_months": 12,
        "description": (
            "A Hong Kong master's centred on systems and methods for very large datasets, "
            "from distributed computing to machine learning and data mining."
        ),
        "tuition_amount": 242000,
        "tuition_currency": "HKD",
        "tuition_basis": "total",
        "living_cost_monthly": 13000,
        "living_cost_currency": "HKD",
        "required_background": (
            "A bachelor's in computer science, engineering, mathematics or a related field."
        ),
        "min_ielts": "6.5",
        "min_toefl": 80,
        "apply_url": "https://fytgs.hkust.edu.hk/admissions",
        "official_url": "https://seng.hkust.edu.hk/academics/taught-postgraduate/msc-bdt",
        # The catalogue gives one programme fee (full-time HK$242,000, part-time
        # HK$209,000) without saying whether non-local students pay the same.
        "sources": {
            "tuition": {
                "url": "https://prog-crs.hkust.edu.hk/pgprog/2024-25/msc-bdt",
                "intake": "2024-09-01",
                "checked": "2026-11-30",
            },
            "duration": {
                "url": "https://prog-crs.hkust.edu.hk/pgprog/2024-25/msc-bdt",
                "intake": "2024-09-01",
                "checked": "2026-11-30",
            },
        },
        "courses": [
            (
                "Foundations of Data Analytics",
                "required",
                3,
                ["statistics", "data-engineering"],
            ),
            (
                "Data Mining and Knowledge Discovery",
                "required",
                3,
                ["unsupervised-learning"],
            ),
            ("Big Data Computing", "required", 3, ["data-engineering"]),
            ("Machine Learning", "elective", 3, ["supervised-learning"]),
            ("Statistical Prediction", "elective", 3, ["statistics", "supervised-learning"]),
            ("Deep Learning", "elective", 3, ["deep-learning"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-01",
                "deadlines": [
                    ("Round 1", "2026-12-01", ""),
                    ("Round 2", "2027-03-31", ""),
                ],
            },
        ],
    },
    {
        "university": "tokyo",
        "slug": "master-information-science-technology",
        "title": "Master's Programme in Computer Science (Information Science and Technology)",
        "degree_type": "other",
        "subject_area": "computer_science",
        "duration_months": 24,
        "language": "ja",
        "description": (
            "A two-year research master's in the Graduate School of Information Science "
            "and Technology. Teaching is mostly in Japanese and students join a laboratory "
            "early; fees follow the low national-university scale."
        ),
        "has_thesis": True,
        # The university's fees page, in the latest copy found (its payment notices are for
        # April 2020 to March 2021), gives 535,800 yen a year for master's students, with
        # no separate fee for international students; 642,960 yen is the undergraduate fee
        # from 2025.
        "tuition_amount": 535800,
        "tuition_currency": "JPY",
        "living_cost_monthly": 150000,
        "living_cost_currency": "JPY",
        "required_background": "A bachelor's in computer science or a related field.",
        "gre": "not_accepted",
        "apply_url": "https://www.i.u-tokyo.ac.jp/edu/entra/index_e.shtml",
        "official_url": "https://www.i.u-tokyo.ac.jp/index_e.shtml",
        "sources": {
            "tuition": {
                "url": "https://www.u-tokyo.ac.jp/en/prospective-students/tuition_fees.html",
                "intake": "2020-04-01",
                "checked": "2026-11-30",
            },
        },
        "courses": [
            (
                "Statistical Machine Learning",
                "elective",
                2,
                ["supervised-learning", "statistics"],
            ),
            ("Deep Learning", "elective", 2, ["deep-learning"]),
            ("Computer Vision", "elective", 2, ["computer-vision"]),
            ("Natural Language Processing", "elective", 2, ["natural-language-processing"]),
            ("Intelligent Robotics", "elective", 2, ["robotics"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-04-01",
                "deadlines": [
                    ("April 2027 entry", "2026-07-03", ""),
                    ("October 2027 entry", "2027-07-02", ""),
                ],
            },
            {
                "starts_on": "2027-10-01",
                "deadlines": [],
            },
        ],
    },
    {
        "university": "iisc",
        "slug": "mtech-artificial-intelligence",
        "title": "M.Tech in Artificial Intelligence",
        "degree_type": "other",
        "subject_area": "artificial_intelligence",
        "duration_months": 24,
        "description": (
            "A two-year M.Tech at India's leading research institute, taught across "
            "computer science and electrical engineering departments. Admission is "
            "through the national GATE exam, and fees are very low."
        ),
        "has_thesis": True,
        # 9,000 rupees a year is the M.Tech tuition in the institute's fee circular for
        # 2025/26 (plus other fees and refundable deposits), but only copies of the circular
        # on document-sharing sites could be read, so it is not cited.
        "tuition_amount": 9000,
        "tuition_currency": "INR",
        "living_cost_monthly": 20000,
        "living_cost_currency": "INR",
        "required_background": (
            "A bachelor's in engineering or a master's in science, with a valid GATE score."
        ),
        "gre": "not_accepted",
        "apply_url": "https://iisc.ac.in/admissions/",
        "official_url": "https://iisc.ac.in/admissions/",
        "courses": [
            (
                "Machine Learning",
                "required",
                3,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("Deep Learning: Theory and Practice", "required", 3, ["deep-learning"]),
            ("Data Analytics", "required", 3, ["statistics", "data-engineering"]),
            ("Reinforcement Learning", "elective", 3, ["reinforcement-learning"]),
            ("Natural Language Understanding", "elective", 3, ["natural-language-processing"]),
            ("Computer Vision", "elective", 3, ["computer-vision"]),
        ],
        "faculty": [
            ("Chiranjib Bhattacharyya", "Professor", ["supervised-learning", "optimisation"]),
            ("Shalabh Bhatnagar", "Professor", ["reinforcement-learning", "optimisation"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-08-02",
                "deadlines": [
                    ("Applications close", "2027-03-31", ""),
                ],
            },
        ],
    },
    {
        "university": "melbourne",
        "slug": "master-data-science",
        "title": "Master of Data Science",
        "degree_type": "other",
        "subject_area": "data_science",
        "pace": "either",
        "duration_months": 24,
        "description": (
            "A two-year Melbourne degree shared by statistics and computing, taking "
            "students from statistical modelling and machine learning to cloud computing "
            "and a final industry-style project."
        ),
        "has_capstone": True,
        "tuition_amount": 40000,
        "tuition_intl_amount": 52000,
        "tuition_currency": "AUD",
        "living_cost_monthly": 2400,
        "living_cost_currency": "AUD",
        "required_background": (
            "An undergraduate degree with a major in a quantitative discipline and programming."
        ),
        "min_ielts": "6.5",
        "min_toefl": 79,
        "gre": "not_accepted",
        "apply_url": "https://study.unimelb.edu.au/how-to-apply",
        "official_url": "https://study.unimelb.edu.au/find/courses/graduate/master-of-data-science/",
        "sources": {
            "duration": {
                "url": "https://study.unimelb.edu.au/find/courses/graduate/master-of-data-science/how-to-apply/",
                "intake": "2025-02-01",
                "checked": "2026-11-30",
            },
        },
        "courses": [
            (
                "COMP90051 Statistical Machine Learning",
                "required",
                12.5,
                ["supervised-learning", "unsupervised-learning"],
            ),
            (
                "COMP90049 Introduction to Machine Learning",
                "required",
                12.5,
                ["supervised-learning"],
            ),
            (
                "MAST90083 Computational Statistics and Data Science",
                "required",
                12.5,
                ["statistics"],
            ),
            (
                "COMP90024 Cluster and Cloud Computing",
                "elective",
                12.5,
                ["data-engineering", "mlops"],
            ),
            (
                "COMP90042 Natural Language Processing",
                "elective",
                12.5,
                ["natural-language-processing"],
            ),
            ("Data Science Project", "required", 25, ["mlops"]),
        ],
        "faculty": [
            ("Benjamin Rubinstein", "Professor", ["supervised-learning", "ethics-and-fairness"]),
            ("Mingming Gong", "Senior Lecturer", ["causal-inference", "generative-models"]),
        ],
        # Unsourced: dates to check against the official page. The course page lists a
        # start early in the year only, no mid-year intake.
        "intakes": [
            {
                "starts_on": "2027-03-01",
                "deadlines": [
                    ("Semester 1 2027 (international)", "2026-11-30", ""),
                ],
            },
        ],
    },
    {
        "university": "anu",
        "slug": "master-machine-learning-computer-vision",
        "title": "Master of Machine Learning and Computer Vision",
        "degree_type": "other",
        "pace": "either",
        "duration_months": 24,
        "description": (
            "A Canberra master's built around the ANU's long-standing strength in computer "
            "vision, covering machine learning, geometry, robotics and deep learning."
        ),
        "tuition_amount": 38000,
        "tuition_intl_amount": 50000,
        "tuition_currency": "AUD",
        "living_cost_monthly": 2100,
        "living_cost_currency": "AUD",
        "required_background": (
            "A bachelor's in engineering, computer science, mathematics or a related field."
        ),
        "min_ielts": "6.5",
        "min_toefl": 80,
        "gre": "not_accepted",
        "apply_url": "https://study.anu.edu.au/apply",
        "official_url": "https://programsandcourses.anu.edu.au/program/mmlcv",
        # Two years full time; domestic students may study part time, international
        # students must study full time.
        "sources": {
            "duration": {
                "url": "https://programsandcourses.anu.edu.au/2026/commencer/mmlcv",
                "intake": "2026-02-01",
                "checked": "2026-11-30",
            },
        },
        "courses": [
            (
                "Statistical Machine Learning",
                "required",
                6,
                ["supervised-learning", "statistics"],
            ),
            ("Computer Vision", "required", 6, ["computer-vision"]),
            ("Deep Learning", "required", 6, ["deep-learning"]),
            ("Robotics", "elective", 6, ["robotics"]),
            ("Optimisation for Machine Learning", "elective", 6, ["optimisation"]),
            ("3D Computer Vision", "elective", 6, ["computer-vision"]),
        ],
        "faculty": [
            ("Stephen Gould", "Professor", ["computer-vision", "optimisation"]),
            ("Richard Hartley", "Professor", ["computer-vision"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-02-22",
                "deadlines": [
                    ("Semester 1 2027 (international)", "2026-10-31", ""),
                    ("Semester 2 2027", "2027-04-30", ""),
                ],
            },
            {
                "starts_on": "2027-07-26",
                "deadlines": [],
            },
        ],
    },
    {
        "university": "canterbury",
        "slug": "master-artificial-intelligence",
        "title": "Master of Artificial Intelligence",
        "degree_type": "other",
        "subject_area": "artificial_intelligence",
        "duration_months": 12,
        "description": (
            "A one-year applied AI master's in Christchurch that ends with a project for an "
            "industry partner. Open to graduates with some programming background."
        ),
        "has_capstone": True,
        "tuition_amount": 12000,
        "tuition_intl_amount": 45000,
        "tuition_currency": "NZD",
        "tuition_basis": "total",
        "living_cost_monthly": 2000,
        "living_cost_currency": "NZD",
        "required_background": (
            "A bachelor's in computer science, engineering, mathematics or a related field "
            "with programming."
        ),
        "min_ielts": "6.5",
        "min_toefl": 90,
        "gre": "not_accepted",
        "apply_url": "https://www.canterbury.ac.nz/study/apply",
        "official_url": "https://www.canterbury.ac.nz/study/academic-study/qualifications/master-of-artificial-intelligence",
        "courses": [
            (
                "Foundations of Machine Learning",
                "required",
                15,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("Deep Learning", "required", 15, ["deep-learning"]),
            ("Natural Language Processing", "elective", 15, ["natural-language-processing"]),
            ("Computer Vision", "elective", 15, ["computer-vision"]),
            ("Responsible AI", "required", 15, ["ethics-and-fairness"]),
            ("Industry Project", "required", 30, ["mlops"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-02-22",
                "deadlines": [
                    ("February 2027 start", "2026-12-01", ""),
                    ("July 2027 start", "2027-05-01", ""),
                ],
            },
            {
                "starts_on": "2027-07-12",
                "deadlines": [],
            },
        ],
    },
    {
        "university": "mbzuai",
        "slug": "msc-machine-learning",
        "title": "MSc in Machine Learning",
        "duration_months": 24,
        "description": (
            "A two-year research-focused master's at a graduate university devoted entirely "
            "to AI. Admitted students receive a full scholarship covering tuition, "
            "housing and a monthly allowance."
        ),
        "has_thesis": True,
        "tuition_amount": 0,
        "tuition_currency": "AED",
        "living_cost_monthly": 3500,
        "living_cost_currency": "AED",
        "required_background": (
            "A bachelor's in a science, technology, engineering or mathematics subject such as "
            "computer science, engineering, mathematics or physics, with a grade average of "
            "at least 3.2 out of 4 or its equivalent."
        ),
        "min_ielts": "6.5",
        "min_toefl": 90,
        "apply_url": "https://mbzuai.ac.ae/admissions/",
        "official_url": "https://mbzuai.ac.ae/study/master-of-science-in-machine-learning/",
        # The university's page for its master's programmes (undated) gives the degree
        # and grade needed, and TOEFL iBT 90 or IELTS Academic 6.5.
        "sources": {
            "requirements": {
                "url": "https://mbzuai.ac.ae/ai-masters-programs",
                "intake": None,
                "checked": "2026-11-30",
            },
        },
        "courses": [
            (
                "Machine Learning",
                "required",
                4,
                ["supervised-learning", "unsupervised-learning"],
            ),
            (
                "Probabilistic and Statistical Inference",
                "required",
                4,
                ["probabilistic-graphical-models", "statistics"],
            ),
            (
                "Advanced Machine Learning",
                "required",
                4,
                ["deep-learning", "generative-models"],
            ),
            ("Optimization Methods for Machine Learning", "elective", 4, ["optimisation"]),
            ("Causality and Causal Discovery", "elective", 4, ["causal-inference"]),
            ("Reinforcement Learning", "elective", 4, ["reinforcement-learning"]),
            ("Natural Language Processing", "elective", 4, ["natural-language-processing"]),
        ],
        "faculty": [
            (
                "Eric Xing",
                "President and Professor",
                ["probabilistic-graphical-models", "deep-learning"],
            ),
            ("Kun Zhang", "Professor", ["causal-inference"]),
            ("Timothy Baldwin", "Professor", ["natural-language-processing"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-08-23",
                "deadlines": [
                    ("Early round", "2026-11-15", ""),
                    ("Applications close", "2026-12-15", ""),
                ],
            },
        ],
    },
]
