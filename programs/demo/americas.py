"""Demo programmes in the United States and Canada. Figures are approximate and unverified."""

UNIVERSITIES = [
    {
        "slug": "carnegie-mellon",
        "name": "Carnegie Mellon University",
        "country": "US",
        "city": "Pittsburgh",
        "website": "https://www.cmu.edu/",
    },
    {
        "slug": "stanford",
        "name": "Stanford University",
        "country": "US",
        "city": "Stanford",
        "website": "https://www.stanford.edu/",
    },
    {
        "slug": "mit",
        "name": "Massachusetts Institute of Technology",
        "country": "US",
        "city": "Cambridge, Massachusetts",
        "website": "https://www.mit.edu/",
    },
    {
        "slug": "georgia-tech",
        "name": "Georgia Institute of Technology",
        "country": "US",
        "city": "Atlanta",
        "website": "https://www.gatech.edu/",
    },
    {
        "slug": "ut-austin",
        "name": "The University of Texas at Austin",
        "country": "US",
        "city": "Austin",
        "website": "https://www.utexas.edu/",
    },
    {
        "slug": "columbia",
        "name": "Columbia University",
        "country": "US",
        "city": "New York",
        "website": "https://www.columbia.edu/",
    },
    {
        "slug": "uc-berkeley",
        "name": "University of California, Berkeley",
        "country": "US",
        "city": "Berkeley",
        "website": "https://www.berkeley.edu/",
    },
    {
        "slug": "nyu",
        "name": "New York University",
        "country": "US",
        "city": "New York",
        "website": "https://www.nyu.edu/",
    },
    {
        "slug": "uiuc",
        "name": "University of Illinois Urbana-Champaign",
        "country": "US",
        "city": "Urbana-Champaign",
        "website": "https://illinois.edu/",
    },
    {
        "slug": "cu-boulder",
        "name": "University of Colorado Boulder",
        "country": "US",
        "city": "Boulder",
        "website": "https://www.colorado.edu/",
    },
    {
        "slug": "toronto",
        "name": "University of Toronto",
        "country": "CA",
        "city": "Toronto",
        "website": "https://www.utoronto.ca/",
    },
    {
        "slug": "montreal",
        "name": "Université de Montréal",
        "country": "CA",
        "city": "Montreal",
        "website": "https://www.umontreal.ca/",
    },
    {
        "slug": "ubc",
        "name": "University of British Columbia",
        "country": "CA",
        "city": "Vancouver",
        "website": "https://www.ubc.ca/",
    },
]

PROGRAMMES = [
    {
        "university": "carnegie-mellon",
        "slug": "ms-machine-learning",
        "title": "Master of Science in Machine Learning",
        "degree_type": "ms",
        "duration_months": 16,
        "description": (
            "A research-heavy master's run by the first university department devoted "
            "entirely to machine learning. Students take the same core courses as the "
            "department's PhD students and finish with a practicum in industry or a lab."
        ),
        "placement": "optional",
        "tuition_amount": 62000,
        "tuition_currency": "USD",
        "living_cost_monthly": 1900,
        "living_cost_currency": "USD",
        "required_background": (
            "A strong computer science grounding (programming, complexity theory) and a "
            "year of college probability and statistics, matrix algebra and multivariate "
            "calculus; the bachelor's need not be in computer science."
        ),
        "min_toefl": 102,
        "min_ielts": "7.5",
        "sources": {
            "duration": {
                "url": "https://ml.cmu.edu/prospective-students/ms-adv-study-comparison.php",
                "intake": None,
                "checked": "2026-11-30",
            },
        },
        "apply_url": "https://www.ml.cmu.edu/prospective-students/",
        "official_url": "https://www.ml.cmu.edu/academics/machine-learning-masters-curriculum.html",
        "courses": [
            (
                "10-701 Introduction to Machine Learning",
                "required",
                12,
                ["supervised-learning", "unsupervised-learning"],
            ),
            (
                "10-708 Probabilistic Graphical Models",
                "required",
                12,
                ["probabilistic-graphical-models"],
            ),
            ("36-705 Intermediate Statistics", "required", 12, ["statistics"]),
            ("10-725 Convex Optimization", "required", 12, ["optimisation"]),
            ("10-718 Machine Learning in Practice", "required", 12, ["mlops", "data-engineering"]),
            ("11-785 Introduction to Deep Learning", "elective", 12, ["deep-learning"]),
            (
                "10-703 Deep Reinforcement Learning and Control",
                "elective",
                12,
                ["reinforcement-learning", "deep-learning"],
            ),
        ],
        "faculty": [
            ("Zico Kolter", "Professor", ["deep-learning", "optimisation"]),
            ("Ruslan Salakhutdinov", "Professor", ["deep-learning", "generative-models"]),
            ("Aarti Singh", "Professor", ["statistics", "supervised-learning"]),
            ("Tom Mitchell", "University Professor", ["supervised-learning"]),
        ],
        # SCS deadlines for August 2026 entry; the 2027 dates are not published yet.
        "intakes": [
            {
                "starts_on": "2026-08-01",
                "url": "https://www.scs.cmu.edu/academics/graduate-admissions",
                "checked": "2026-11-30",
                "deadlines": [
                    ("Early deadline", "2025-11-19", "3 p.m. EST, lower application fee"),
                    ("Final deadline", "2025-12-10", "3 p.m. EST"),
                ],
            },
        ],
    },
    {
        "university": "carnegie-mellon",
        "slug": "master-language-technologies",
        "title": "Master of Language Technologies",
        "degree_type": "other",
        "subject_area": "artificial_intelligence",
        "duration_months": 24,
        "description": (
            "A two-year, research-oriented degree from the Language Technologies Institute "
            "covering natural language processing, speech, search and multimodal learning. "
            "Students do directed research alongside their courses."
        ),
        "has_thesis": True,
        "tuition_amount": 62000,
        "tuition_currency": "USD",
        "living_cost_monthly": 1900,
        "living_cost_currency": "USD",
        "required_background": (
            "A bachelor's in computer science, linguistics or a related field with solid "
            "programming and mathematics."
        ),
        "min_toefl": 100,
        "min_ielts": "7.5",
        "apply_url": "https://www.lti.cs.cmu.edu/",
        "official_url": "https://www.lti.cs.cmu.edu/academics/masters-programs/mlt.html",
        "courses": [
            (
                "11-711 Advanced Natural Language Processing",
                "required",
                12,
                ["natural-language-processing", "deep-learning"],
            ),
            ("11-785 Introduction to Deep Learning", "required", 12, ["deep-learning"]),
            (
                "10-701 Introduction to Machine Learning",
                "required",
                12,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("11-642 Search Engines", "elective", 12, ["information-retrieval"]),
            (
                "11-777 Multimodal Machine Learning",
                "elective",
                12,
                ["deep-learning", "computer-vision", "natural-language-processing"],
            ),
            (
                "11-737 Multilingual Natural Language Processing",
                "elective",
                12,
                ["natural-language-processing"],
            ),
        ],
        "faculty": [
            ("Graham Neubig", "Associate Professor", ["natural-language-processing"]),
            ("Jamie Callan", "Professor", ["information-retrieval"]),
            (
                "Louis-Philippe Morency",
                "Associate Professor",
                ["deep-learning", "computer-vision", "natural-language-processing"],
            ),
        ],
        # SCS deadlines for fall 2026 entry; the 2027 dates are not published yet.
        "intakes": [
            {
                "starts_on": "2026-08-01",
                "url": "https://www.scs.cmu.edu/academics/graduate-admissions",
                "checked": "2026-11-30",
                "deadlines": [
                    ("Early deadline", "2025-11-19", "3 p.m. EST, lower application fee"),
                    ("Final deadline", "2025-12-10", "3 p.m. EST"),
                ],
            },
        ],
    },
    {
        "university": "stanford",
        "slug": "ms-computer-science-ai",
        "title": "MS in Computer Science (Artificial Intelligence)",
        "degree_type": "ms",
        "subject_area": "computer_science",
        "pace": "either",
        "duration_months": 21,
        "description": (
            "Stanford's computer science master's with the artificial intelligence "
            "specialisation. Students pick from a deep catalogue of AI courses, and working "
            "engineers can take the degree part-time through Stanford Online."
        ),
        "tuition_amount": 67686,
        "tuition_currency": "USD",
        "living_cost_monthly": 4710,
        "living_cost_currency": "USD",
        "sources": {
            "tuition": {
                "url": "https://studentservices.stanford.edu/tuition-rates/2025-2026-graduate-and-professional-tuition-rates",
                "intake": "2025-09-01",
                "checked": "2026-11-30",
            },
            "living": {
                "url": "https://gradadmissions.stanford.edu/admitted-students/funding-graduate-study/estimated-expense-budget",
                "intake": "2024-09-01",
                "checked": "2026-11-30",
            },
        },
        "required_background": "A bachelor's in computer science or a closely related field.",
        "min_toefl": 100,
        "apply_url": "https://gradadmissions.stanford.edu/",
        "official_url": "https://www.cs.stanford.edu/admissions-graduate-application-deadlines",
        "courses": [
            (
                "CS229 Machine Learning",
                "required",
                3,
                ["supervised-learning", "unsupervised-learning"],
            ),
            (
                "CS221 Artificial Intelligence: Principles and Techniques",
                "required",
                4,
                ["reinforcement-learning", "probabilistic-graphical-models"],
            ),
            (
                "CS224N Natural Language Processing with Deep Learning",
                "elective",
                4,
                ["natural-language-processing", "deep-learning"],
            ),
            (
                "CS231N Deep Learning for Computer Vision",
                "elective",
                4,
                ["computer-vision", "deep-learning"],
            ),
            ("CS234 Reinforcement Learning", "elective", 3, ["reinforcement-learning"]),
            (
                "CS228 Probabilistic Graphical Models",
                "elective",
                3,
                ["probabilistic-graphical-models"],
            ),
            (
                "CS236 Deep Generative Models",
                "elective",
                3,
                ["generative-models", "deep-learning"],
            ),
            (
                "CS246 Mining Massive Data Sets",
                "elective",
                4,
                ["data-engineering", "information-retrieval"],
            ),
        ],
        "faculty": [
            ("Christopher Manning", "Professor", ["natural-language-processing", "deep-learning"]),
            ("Percy Liang", "Associate Professor", ["natural-language-processing"]),
            ("Fei-Fei Li", "Professor", ["computer-vision"]),
            ("Chelsea Finn", "Assistant Professor", ["robotics", "reinforcement-learning"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-20",
                "deadlines": [
                    ("Applications close", "2026-12-02", ""),
                ],
            },
        ],
    },
    {
        "university": "mit",
        "slug": "master-business-analytics",
        "title": "Master of Business Analytics",
        "degree_type": "other",
        "subject_area": "data_science",
        "duration_months": 12,
        "description": (
            "A one-year programme at MIT Sloan that pairs machine learning and optimisation "
            "with business problems. Its centrepiece is an analytics capstone done with a "
            "partner company."
        ),
        "has_capstone": True,
        "tuition_amount": 94000,
        "tuition_currency": "USD",
        "tuition_basis": "total",
        "living_cost_monthly": 3000,
        "living_cost_currency": "USD",
        "required_background": (
            "A bachelor's in any field with strong quantitative preparation; prior "
            "programming is expected."
        ),
        "apply_url": "https://mitsloan.mit.edu/master-of-business-analytics/admissions",
        "official_url": "https://mitsloan.mit.edu/master-of-business-analytics",
        "courses": [
            (
                "15.071 The Analytics Edge",
                "required",
                12,
                ["supervised-learning", "statistics"],
            ),
            ("15.093 Optimization Methods", "required", 12, ["optimisation"]),
            (
                "15.095 Machine Learning under a Modern Optimization Lens",
                "required",
                12,
                ["supervised-learning", "optimisation"],
            ),
            (
                "15.077 Statistical Learning and Data Mining",
                "elective",
                12,
                ["statistics", "unsupervised-learning"],
            ),
            (
                "15.572 Analytics Lab",
                "elective",
                9,
                ["data-engineering", "mlops"],
            ),
        ],
        "faculty": [
            ("Dimitris Bertsimas", "Professor", ["optimisation", "supervised-learning"]),
            ("Rahul Mazumder", "Associate Professor", ["statistics", "optimisation"]),
            ("Georgia Perakis", "Professor", ["optimisation"]),
        ],
        # The admissions page gives the deadline for August 2021 entry; later dates are
        # unsourced and to check against the official page.
        "intakes": [
            {
                "starts_on": "2021-08-01",
                "url": "https://mitsloan.mit.edu/master-of-business-analytics/admissions/how-to-apply",
                "checked": "2026-11-30",
                "deadlines": [
                    ("Applications close", "2021-01-07", "3 p.m. EST"),
                ],
            },
            {
                "starts_on": "2027-06-01",
                "deadlines": [
                    ("Round 1", "2026-10-01", ""),
                    ("Round 2", "2027-01-06", ""),
                ],
            },
        ],
    },
    {
        "university": "georgia-tech",
        "slug": "omscs",
        "title": "Online Master of Science in Computer Science",
        "degree_type": "ms",
        "subject_area": "computer_science",
        "delivery": "online",
        "pace": "part_time",
        "duration_months": 30,
        "description": (
            "The best-known low-cost online master's: the full Georgia Tech degree taught "
            "through recorded lectures and online forums, with a machine learning "
            "specialisation. Most students work full-time and take one or two courses a term."
        ),
        "tuition_amount": 7000,
        "tuition_currency": "USD",
        "tuition_basis": "total",
        "required_background": (
            "A bachelor's in computer science or a related field, or equivalent "
            "programming experience."
        ),
        "min_toefl": 100,
        "apply_url": "https://omscs.gatech.edu/prospective-students/application-deadlines",
        "official_url": "https://omscs.gatech.edu/",
        "courses": [
            ("CS 6515 Graduate Algorithms", "required", 3, ["optimisation"]),
            (
                "CS 7641 Machine Learning",
                "required",
                3,
                ["supervised-learning", "unsupervised-learning", "reinforcement-learning"],
            ),
            (
                "CS 6601 Artificial Intelligence",
                "elective",
                3,
                ["probabilistic-graphical-models"],
            ),
            ("CS 7643 Deep Learning", "elective", 3, ["deep-learning"]),
            ("CS 7642 Reinforcement Learning", "elective", 3, ["reinforcement-learning"]),
            ("CS 6476 Computer Vision", "elective", 3, ["computer-vision"]),
            (
                "CS 7650 Natural Language Processing",
                "elective",
                3,
                ["natural-language-processing"],
            ),
            ("CS 6603 AI, Ethics, and Society", "elective", 3, ["ethics-and-fairness"]),
        ],
        "faculty": [
            ("Zsolt Kira", "Associate Professor", ["deep-learning", "computer-vision"]),
            ("Mark Riedl", "Professor", ["natural-language-processing", "generative-models"]),
        ],
        # The admissions page speaks for fall 2025 entry; later dates are not published.
        "intakes": [
            {
                "starts_on": "2025-08-01",
                "url": "https://omscs.gatech.edu/deadlines-decisions-requirements-and-guidelines",
                "checked": "2026-11-30",
                "deadlines": [
                    ("Applications close", "2025-03-01", "all materials, for fall entry"),
                ],
            },
        ],
    },
    {
        "university": "georgia-tech",
        "slug": "omsa",
        "title": "Online Master of Science in Analytics",
        "degree_type": "ms",
        "subject_area": "data_science",
        "delivery": "online",
        "pace": "part_time",
        "duration_months": 36,
        "description": (
            "An online analytics degree shared by Georgia Tech's computing, engineering and "
            "business colleges. It blends statistics, machine learning and data systems and "
            "ends with an applied practicum."
        ),
        "has_capstone": True,
        "tuition_amount": 10000,
        "tuition_currency": "USD",
        "tuition_basis": "total",
        "required_background": (
            "A bachelor's degree and at least one college course (or equivalent knowledge) "
            "in each of probability or statistics, programming in a high-level language, "
            "and calculus with basic linear algebra; those missing some of it may be "
            "admitted if they learn it before starting."
        ),
        "sources": {
            "requirements": {
                "url": "https://pe.gatech.edu/master-science-degrees/analytics/application-information/admission-criteria",
                "intake": None,
                "checked": "2026-11-30",
            },
        },
        "min_toefl": 100,
        "apply_url": "https://pe.gatech.edu/degrees/analytics",
        "official_url": "https://www.analytics.gatech.edu/",
        "courses": [
            (
                "ISYE 6501 Introduction to Analytics Modeling",
                "required",
                3,
                ["supervised-learning", "statistics"],
            ),
            ("CSE 6040 Computing for Data Analysis", "required", 3, ["data-engineering"]),
            ("CSE 6242 Data and Visual Analytics", "required", 3, ["data-engineering"]),
            ("ISYE 6414 Regression Analysis", "elective", 3, ["statistics"]),
            (
                "ISYE 6740 Computational Data Analysis",
                "elective",
                3,
                ["unsupervised-learning", "supervised-learning"],
            ),
            ("Applied Analytics Practicum", "required", 6, ["mlops", "data-engineering"]),
        ],
        "faculty": [
            ("Yao Xie", "Professor", ["statistics", "unsupervised-learning"]),
            ("Polo Chau", "Professor", ["data-engineering"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-01-11",
                "deadlines": [
                    ("Spring 2027 admission", "2026-09-01", ""),
                    ("Fall 2027 admission", "2027-03-15", ""),
                ],
            },
            {
                "starts_on": "2027-08-23",
                "deadlines": [],
            },
        ],
    },
    {
        "university": "ut-austin",
        "slug": "online-ms-artificial-intelligence",
        "title": "Online Master of Science in Artificial Intelligence",
        "degree_type": "ms",
        "subject_area": "artificial_intelligence",
        "delivery": "online",
        "pace": "part_time",
        "duration_months": 24,
        "description": (
            "A low-cost online AI master's taught by UT Austin's computer science faculty. "
            "Ten courses cover machine learning, deep learning, reinforcement learning, "
            "language, vision and the ethics of AI."
        ),
        "tuition_amount": 10000,
        "tuition_currency": "USD",
        "tuition_basis": "total",
        "required_background": (
            "A bachelor's in a quantitative field, with programming, linear algebra and "
            "probability."
        ),
        "min_toefl": 79,
        "apply_url": "https://cdso.utexas.edu/msai",
        "official_url": "https://cdso.utexas.edu/msai",
        "courses": [
            (
                "Machine Learning",
                "required",
                3,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("Deep Learning", "required", 3, ["deep-learning"]),
            ("Reinforcement Learning", "elective", 3, ["reinforcement-learning"]),
            ("Natural Language Processing", "elective", 3, ["natural-language-processing"]),
            ("Ethics in AI", "required", 3, ["ethics-and-fairness"]),
            (
                "Planning, Search, and Reasoning Under Uncertainty",
                "elective",
                3,
                ["probabilistic-graphical-models"],
            ),
            ("Optimization", "elective", 3, ["optimisation"]),
        ],
        "faculty": [
            ("Peter Stone", "Professor", ["reinforcement-learning", "robotics"]),
            ("Adam Klivans", "Professor", ["supervised-learning", "optimisation"]),
            ("Philipp Krähenbühl", "Associate Professor", ["computer-vision", "deep-learning"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-01-19",
                "deadlines": [
                    ("Spring 2027 admission", "2026-09-15", ""),
                    ("Fall 2027 admission", "2027-03-15", ""),
                ],
            },
            {
                "starts_on": "2027-08-25",
                "deadlines": [],
            },
        ],
    },
    {
        "university": "ut-austin",
        "slug": "online-ms-data-science",
        "title": "Online Master of Science in Data Science",
        "degree_type": "ms",
        "subject_area": "data_science",
        "delivery": "online",
        "pace": "part_time",
        "duration_months": 24,
        "description": (
            "The data science sibling of UT Austin's online AI degree, run jointly by "
            "computer science and statistics. It leans towards inference, regression and "
            "causal questions alongside machine learning."
        ),
        "tuition_amount": 10000,
        "tuition_currency": "USD",
        "tuition_basis": "total",
        "required_background": (
            "A bachelor's in a quantitative field, with programming, linear algebra and "
            "probability."
        ),
        "sources": {
            "tuition": {
                "url": "https://cdso.utexas.edu/msds",
                "intake": None,
                "checked": "2026-11-30",
            },
        },
        "min_toefl": 79,
        "apply_url": "https://cdso.utexas.edu/msds",
        "official_url": "https://cdso.utexas.edu/msds",
        "courses": [
            ("Probability and Simulation-Based Inference", "required", 3, ["statistics"]),
            (
                "Regression and Predictive Modeling",
                "required",
                3,
                ["statistics", "supervised-learning"],
            ),
            ("Machine Learning", "required", 3, ["supervised-learning", "unsupervised-learning"]),
            ("Deep Learning", "elective", 3, ["deep-learning"]),
            (
                "Design Principles and Causal Inference for Data-Based Decision Making",
                "elective",
                3,
                ["causal-inference"],
            ),
            ("Natural Language Processing", "elective", 3, ["natural-language-processing"]),
        ],
        "faculty": [
            ("Adam Klivans", "Professor", ["supervised-learning", "optimisation"]),
            ("James Scott", "Professor", ["statistics"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-01-19",
                "deadlines": [
                    ("Spring 2027 admission", "2026-09-15", ""),
                    ("Fall 2027 admission", "2027-03-15", ""),
                ],
            },
            {
                "starts_on": "2027-08-25",
                "deadlines": [],
            },
        ],
    },
    {
        "university": "columbia",
        "slug": "ms-data-science",
        "title": "MS in Data Science",
        "degree_type": "ms",
        "subject_area": "data_science",
        "pace": "either",
        "duration_months": 16,
        "description": (
            "A three-semester programme from Columbia's Data Science Institute in New York. "
            "It combines statistics, machine learning and computing systems and closes with "
            "an industry-sponsored capstone paired with an ethics course."
        ),
        "has_capstone": True,
        "tuition_amount": 85000,
        "tuition_currency": "USD",
        "tuition_basis": "total",
        "living_cost_monthly": 3300,
        "living_cost_currency": "USD",
        "required_background": (
            "A bachelor's in any field with prior coursework in linear algebra, probability "
            "or statistics, and introductory programming."
        ),
        "min_toefl": 100,
        "min_ielts": "7.0",
        "gre": "required",
        "sources": {
            "duration": {
                "url": "https://www.datascience.columbia.edu/faq-admissions",
                "intake": None,
                "checked": "2026-11-30",
            },
        },
        "apply_url": "https://datascience.columbia.edu/education/programs/m-s-in-data-science/",
        "official_url": "https://datascience.columbia.edu/education/programs/m-s-in-data-science/",
        "courses": [
            ("Probability and Statistics for Data Science", "required", 3, ["statistics"]),
            ("Algorithms for Data Science", "required", 3, ["optimisation", "data-engineering"]),
            (
                "Machine Learning for Data Science",
                "required",
                3,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("Computer Systems for Data Science", "required", 3, ["data-engineering", "mlops"]),
            (
                "Exploratory Data Analysis and Visualization",
                "required",
                3,
                ["statistics", "data-engineering"],
            ),
            ("Applied Deep Learning", "elective", 3, ["deep-learning"]),
            ("Causal Inference for Data Science", "elective", 3, ["causal-inference"]),
            ("Data Science Capstone and Ethics", "required", 3, ["ethics-and-fairness", "mlops"]),
        ],
        "faculty": [
            (
                "David Blei",
                "Professor",
                ["probabilistic-graphical-models", "generative-models", "causal-inference"],
            ),
            ("Daniel Hsu", "Associate Professor", ["supervised-learning", "statistics"]),
            ("Richard Zemel", "Professor", ["deep-learning", "ethics-and-fairness"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-07",
                "deadlines": [
                    ("Applications close", "2027-02-01", ""),
                ],
            },
        ],
    },
    {
        "university": "uc-berkeley",
        "slug": "mids",
        "title": "Master of Information and Data Science (online)",
        "degree_type": "other",
        "subject_area": "data_science",
        "delivery": "online",
        "pace": "part_time",
        "duration_months": 20,
        "description": (
            "Berkeley's School of Information teaches this degree online in small live "
            "classes, so working professionals can study from anywhere. It runs from data "
            "engineering and experiments to machine learning at scale and ends in a "
            "team capstone."
        ),
        "has_capstone": True,
        "tuition_amount": 81620,
        "tuition_currency": "USD",
        "tuition_basis": "total",
        "required_background": (
            "A bachelor's degree with quantitative coursework; programming experience helps "
            "and can be built up with a preparatory course."
        ),
        "sources": {
            "tuition": {
                "url": "https://datascience.berkeley.edu/admissions/tuition-and-financial-aid/",
                "intake": "2023-08-01",
                "checked": "2026-11-30",
            },
        },
        "min_toefl": 90,
        "min_ielts": "7.0",
        "apply_url": "https://www.ischool.berkeley.edu/programs/mids/admissions",
        "official_url": "https://www.ischool.berkeley.edu/programs/mids",
        "courses": [
            ("Introduction to Data Science Programming", "required", 3, ["data-engineering"]),
            ("Statistics for Data Science", "required", 3, ["statistics"]),
            (
                "Research Design and Applications for Data and Analysis",
                "required",
                3,
                ["causal-inference", "statistics"],
            ),
            ("Fundamentals of Data Engineering", "required", 3, ["data-engineering"]),
            ("Applied Machine Learning", "required", 3, ["supervised-learning"]),
            ("Machine Learning at Scale", "elective", 3, ["mlops", "data-engineering"]),
            (
                "Natural Language Processing with Deep Learning",
                "elective",
                3,
                ["natural-language-processing", "deep-learning"],
            ),
            ("Experiments and Causal Inference", "elective", 3, ["causal-inference"]),
            ("Behind the Data: Humans and Values", "elective", 3, ["ethics-and-fairness"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-01-11",
                "deadlines": [
                    ("Spring 2027 cohort", "2026-09-15", ""),
                    ("Summer 2027 cohort", "2027-01-15", ""),
                    ("Fall 2027 cohort", "2027-05-15", ""),
                ],
            },
            {
                "starts_on": "2027-05-10",
                "deadlines": [],
            },
            {
                "starts_on": "2027-08-30",
                "deadlines": [],
            },
        ],
    },
    {
        "university": "nyu",
        "slug": "ms-data-science",
        "title": "MS in Data Science",
        "degree_type": "ms",
        "subject_area": "data_science",
        "duration_months": 24,
        "description": (
            "A two-year degree at NYU's Center for Data Science with a strong machine "
            "learning and deep learning core. Students can concentrate in areas such as "
            "language or big data and finish with a capstone project."
        ),
        "has_capstone": True,
        "tuition_amount": 90000,
        "tuition_currency": "USD",
        "tuition_basis": "total",
        "living_cost_monthly": 3300,
        "living_cost_currency": "USD",
        "required_background": (
            "A bachelor's with calculus, linear algebra, probability and programming in Python."
        ),
        "min_toefl": 100,
        "min_ielts": "7.0",
        "apply_url": "https://cds.nyu.edu/admissions/",
        "official_url": "https://cds.nyu.edu/masters-in-data-science/",
        "courses": [
            (
                "DS-GA 1001 Introduction to Data Science",
                "required",
                3,
                ["data-engineering", "statistics"],
            ),
            (
                "DS-GA 1002 Probability and Statistics for Data Science",
                "required",
                3,
                ["statistics"],
            ),
            (
                "DS-GA 1003 Machine Learning",
                "required",
                3,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("DS-GA 1004 Big Data", "elective", 3, ["data-engineering"]),
            ("DS-GA 1008 Deep Learning", "elective", 3, ["deep-learning"]),
            (
                "DS-GA 1011 Natural Language Processing with Representation Learning",
                "elective",
                3,
                ["natural-language-processing", "deep-learning"],
            ),
            ("DS-GA 1006 Capstone Project and Presentation", "required", 3, ["mlops"]),
        ],
        "faculty": [
            ("Yann LeCun", "Professor", ["deep-learning", "unsupervised-learning"]),
            ("Kyunghyun Cho", "Professor", ["natural-language-processing", "deep-learning"]),
            ("He He", "Assistant Professor", ["natural-language-processing"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-01",
                "deadlines": [
                    ("Applications close", "2027-01-15", ""),
                ],
            },
        ],
    },
    {
        "university": "uiuc",
        "slug": "online-mcs-data-science",
        "title": "Online Master of Computer Science (Data Science track)",
        "degree_type": "other",
        "subject_area": "computer_science",
        "delivery": "online",
        "pace": "part_time",
        "duration_months": 24,
        "description": (
            "Illinois' non-thesis computer science master's, delivered online through "
            "Coursera. The data science track covers data mining, text retrieval, cloud "
            "computing and applied machine learning."
        ),
        "tuition_amount": 22000,
        "tuition_currency": "USD",
        "tuition_basis": "total",
        "required_background": (
            "A bachelor's in computer science or a related field, or substantial "
            "programming experience."
        ),
        "min_toefl": 103,
        "min_ielts": "6.5",
        "gre": "not_accepted",
        "apply_url": "https://cs.illinois.edu/academics/graduate/professional-mcs-program/online-master-computer-science",
        "official_url": "https://cs.illinois.edu/admissions/graduate/faqs/online-mcs-faqs",
        "courses": [
            ("CS 412 Introduction to Data Mining", "required", 4, ["unsupervised-learning"]),
            (
                "CS 410 Text Information Systems",
                "required",
                4,
                ["information-retrieval", "natural-language-processing"],
            ),
            ("CS 411 Database Systems", "required", 4, ["data-engineering"]),
            (
                "CS 598 Practical Statistical Learning",
                "elective",
                4,
                ["supervised-learning", "statistics"],
            ),
            ("CS 498 Applied Machine Learning", "elective", 4, ["supervised-learning"]),
            ("CS 598 Deep Learning for Healthcare", "elective", 4, ["deep-learning"]),
        ],
        "faculty": [
            ("Jiawei Han", "Professor", ["unsupervised-learning", "information-retrieval"]),
            (
                "ChengXiang Zhai",
                "Professor",
                ["information-retrieval", "natural-language-processing"],
            ),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-01-19",
                "deadlines": [
                    ("Spring 2027 admission", "2026-10-15", ""),
                    ("Fall 2027 admission", "2027-03-15", ""),
                ],
            },
            {
                "starts_on": "2027-08-23",
                "deadlines": [],
            },
        ],
    },
    {
        "university": "cu-boulder",
        "slug": "online-ms-data-science",
        "title": "Master of Science in Data Science (online)",
        "degree_type": "ms",
        "subject_area": "data_science",
        "delivery": "online",
        "pace": "part_time",
        "duration_months": 24,
        "description": (
            "An online degree on Coursera with no application: you enrol by passing a set "
            "of gateway courses. Pay-as-you-go pricing keeps the total low, and the "
            "curriculum runs from statistics to deep learning and data ethics."
        ),
        "tuition_amount": 15750,
        "tuition_currency": "USD",
        "tuition_basis": "total",
        "required_background": "No formal prerequisites; admission is by performance in courses.",
        "gre": "not_accepted",
        "apply_url": "https://www.coursera.org/degrees/master-of-science-data-science-boulder",
        "official_url": "https://www.colorado.edu/program/data-science/",
        "courses": [
            (
                "Statistical Inference for Estimation in Data Science",
                "required",
                1,
                ["statistics"],
            ),
            (
                "Introduction to Machine Learning: Supervised Learning",
                "required",
                1,
                ["supervised-learning"],
            ),
            (
                "Unsupervised Algorithms in Machine Learning",
                "required",
                1,
                ["unsupervised-learning"],
            ),
            ("Introduction to Deep Learning", "required", 1, ["deep-learning"]),
            ("Data Mining Pipeline", "elective", 1, ["data-engineering"]),
            ("Ethical Issues in Data Science", "required", 1, ["ethics-and-fairness"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-01-11",
                "deadlines": [
                    ("Enrolment for the January session closes", "2027-01-04", ""),
                ],
            },
            {
                "starts_on": "2027-03-08",
                "deadlines": [],
            },
        ],
    },
    {
        "university": "toronto",
        "slug": "mscac-artificial-intelligence",
        "title": "Master of Science in Applied Computing (Artificial Intelligence)",
        "degree_type": "msc",
        "subject_area": "artificial_intelligence",
        "duration_months": 16,
        "description": (
            "Two terms of graduate courses in Toronto's machine learning group, followed by "
            "an eight-month paid applied-research internship with a partner company. "
            "Aimed at people heading for applied research and ML engineering roles."
        ),
        "placement": "optional",
        "tuition_amount": 38000,
        "tuition_intl_amount": 82000,
        "tuition_currency": "CAD",
        "tuition_basis": "total",
        "living_cost_monthly": 2300,
        "living_cost_currency": "CAD",
        "required_background": (
            "A bachelor's suited to the chosen concentration (computer science, mathematics, "
            "statistics, engineering or similar) with at least a B+ in the final year."
        ),
        "sources": {
            "duration": {
                "url": "https://www.math.utoronto.ca/cms/graduate-program/master-of/program-fees/",
                "intake": "2019-09-01",
                "checked": "2026-11-30",
            },
            "requirements": {
                "url": "https://mscac.utoronto.ca/faq",
                "intake": "2025-09-01",
                "checked": "2026-11-30",
            },
        },
        "min_toefl": 93,
        "min_ielts": "7.0",
        "apply_url": "https://mscac.utoronto.ca/admissions",
        "official_url": "https://mscac.utoronto.ca/",
        "courses": [
            (
                "CSC2515 Introduction to Machine Learning",
                "required",
                0.5,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("CSC2516 Neural Networks and Deep Learning", "elective", 0.5, ["deep-learning"]),
            ("CSC2503 Foundations of Computer Vision", "elective", 0.5, ["computer-vision"]),
            (
                "CSC2511 Natural Language Computing",
                "elective",
                0.5,
                ["natural-language-processing"],
            ),
            (
                "CSC2541 Topics in Machine Learning",
                "elective",
                0.5,
                ["generative-models", "probabilistic-graphical-models"],
            ),
            ("Applied research internship", "required", None, ["mlops"]),
        ],
        "faculty": [
            ("Roger Grosse", "Associate Professor", ["optimisation", "deep-learning"]),
            (
                "David Duvenaud",
                "Associate Professor",
                ["generative-models", "probabilistic-graphical-models"],
            ),
            ("Chris Maddison", "Assistant Professor", ["generative-models", "optimisation"]),
            ("Sanja Fidler", "Associate Professor", ["computer-vision", "generative-models"]),
        ],
        # Dates for fall 2025 entry; the 2026 and 2027 cycles are not in our copy.
        "intakes": [
            {
                "starts_on": "2025-09-01",
                "url": "https://mscac.utoronto.ca/faq",
                "checked": "2026-11-30",
                "deadlines": [
                    ("Applications close", "2024-12-02", "11:59 p.m. ET"),
                ],
            },
        ],
    },
    {
        "university": "montreal",
        "slug": "professional-masters-machine-learning",
        "title": "Professional Master's in Machine Learning (Mila)",
        "degree_type": "msc",
        "duration_months": 16,
        "description": (
            "A course-based master's taught at Mila, the Quebec AI institute, with courses "
            "given in English. Two terms of coursework are followed by an internship in "
            "industry."
        ),
        "placement": "optional",
        "tuition_amount": 4500,
        "tuition_intl_amount": 27000,
        "tuition_currency": "CAD",
        "living_cost_monthly": 1800,
        "living_cost_currency": "CAD",
        "required_background": (
            "A bachelor's in computer science, mathematics or engineering, with programming "
            "and a solid mathematical grounding."
        ),
        "min_toefl": 90,
        "min_ielts": "6.5",
        "apply_url": "https://mila.quebec/en/professional-programs/",
        "official_url": "https://mila.quebec/en/professional-programs/",
        "courses": [
            (
                "IFT 6390 Fundamentals of Machine Learning",
                "required",
                4,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("IFT 6135 Representation Learning", "required", 4, ["deep-learning"]),
            (
                "IFT 6269 Probabilistic Graphical Models",
                "elective",
                4,
                ["probabilistic-graphical-models"],
            ),
            (
                "IFT 6289 Natural Language Processing",
                "elective",
                4,
                ["natural-language-processing"],
            ),
            (
                "IFT 6163 Robot Learning",
                "elective",
                4,
                ["robotics", "reinforcement-learning"],
            ),
            ("IFT 6759 Advanced Projects in Machine Learning", "required", 4, ["mlops"]),
        ],
        "faculty": [
            ("Yoshua Bengio", "Professor", ["deep-learning", "generative-models"]),
            ("Aaron Courville", "Associate Professor", ["deep-learning", "generative-models"]),
            (
                "Simon Lacoste-Julien",
                "Associate Professor",
                ["optimisation", "probabilistic-graphical-models"],
            ),
            ("Glen Berseth", "Assistant Professor", ["reinforcement-learning", "robotics"]),
        ],
        # Mila's recruitment dates for the 2024 school year; later ones are not in our copy.
        "intakes": [
            {
                "starts_on": "2024-09-01",
                "url": "https://mila.quebec/en/professional-programs/",
                "checked": "2026-11-30",
                "deadlines": [
                    (
                        "Mila application form closes",
                        "2023-12-01",
                        "then apply to the Université de Montréal programme",
                    ),
                ],
            },
        ],
    },
    {
        "university": "ubc",
        "slug": "master-data-science",
        "title": "Master of Data Science",
        "degree_type": "other",
        "subject_area": "data_science",
        "duration_months": 10,
        "description": (
            "A compact ten-month professional degree in Vancouver taught in one-credit "
            "blocks, from programming and statistics to deep learning and causal inference. "
            "It ends with a capstone for an external partner."
        ),
        "has_capstone": True,
        "tuition_amount": 49000,
        "tuition_intl_amount": 62000,
        "tuition_currency": "CAD",
        "tuition_basis": "total",
        "living_cost_monthly": 2400,
        "living_cost_currency": "CAD",
        "required_background": (
            "A bachelor's in any field, with coursework in calculus, linear algebra, "
            "statistics and programming."
        ),
        "min_toefl": 100,
        "min_ielts": "7.0",
        "apply_url": "https://masterdatascience.ubc.ca/admissions",
        "official_url": "https://masterdatascience.ubc.ca/",
        "courses": [
            ("DSCI 571 Supervised Learning I", "required", 1, ["supervised-learning"]),
            ("DSCI 572 Supervised Learning II", "required", 1, ["deep-learning"]),
            ("DSCI 573 Feature and Model Selection", "required", 1, ["supervised-learning"]),
            ("DSCI 563 Unsupervised Learning", "required", 1, ["unsupervised-learning"]),
            (
                "DSCI 575 Advanced Machine Learning",
                "required",
                1,
                ["natural-language-processing", "information-retrieval"],
            ),
            ("DSCI 554 Experimentation and Causal Inference", "required", 1, ["causal-inference"]),
            ("DSCI 541 Privacy, Ethics and Security", "required", 1, ["ethics-and-fairness"]),
            ("DSCI 513 Databases and Data Retrieval", "required", 1, ["data-engineering"]),
            ("DSCI 591 Capstone Project", "required", 4, ["mlops"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-01",
                "deadlines": [
                    ("Round 1", "2026-11-15", ""),
                    ("Round 2", "2027-01-15", ""),
                ],
            },
        ],
    },
]
