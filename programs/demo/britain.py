"""Demo programmes in the United Kingdom. Figures are approximate and unverified.

Tuition is the whole programme: "home" fees as the tuition, overseas fees as the
international amount.
"""

UNIVERSITIES = [
    {
        "slug": "imperial",
        "name": "Imperial College London",
        "country": "GB",
        "city": "London",
        "website": "https://www.imperial.ac.uk/",
    },
    {
        "slug": "ucl",
        "name": "University College London",
        "country": "GB",
        "city": "London",
        "website": "https://www.ucl.ac.uk/",
    },
    {
        "slug": "edinburgh",
        "name": "University of Edinburgh",
        "country": "GB",
        "city": "Edinburgh",
        "website": "https://www.ed.ac.uk/",
    },
    {
        "slug": "cambridge",
        "name": "University of Cambridge",
        "country": "GB",
        "city": "Cambridge",
        "website": "https://www.cam.ac.uk/",
    },
    {
        "slug": "oxford",
        "name": "University of Oxford",
        "country": "GB",
        "city": "Oxford",
        "website": "https://www.ox.ac.uk/",
    },
]

PROGRAMMES = [
    {
        "university": "imperial",
        "slug": "msc-artificial-intelligence",
        "title": "MSc Artificial Intelligence",
        "subject_area": "artificial_intelligence",
        "duration_months": 12,
        "description": (
            "A one-year conversion-style master's from Imperial's Department of Computing "
            "for graduates of numerate subjects. Taught modules in machine learning, "
            "reasoning and perception are followed by a summer individual project."
        ),
        "has_thesis": True,
        "tuition_amount": 19000,
        "tuition_intl_amount": 42000,
        "tuition_currency": "GBP",
        "tuition_basis": "total",
        "living_cost_monthly": 1700,
        "living_cost_currency": "GBP",
        "required_background": (
            "A first-class or high upper-second degree in a numerate subject such as "
            "mathematics, physics or engineering."
        ),
        "min_ielts": "7.0",
        "min_toefl": 100,
        "gre": "not_accepted",
        "apply_url": "https://www.imperial.ac.uk/study/apply/postgraduate-taught/",
        "official_url": "https://www.imperial.ac.uk/study/courses/postgraduate-taught/artificial-intelligence/",
        "courses": [
            (
                "Mathematics for Machine Learning",
                "required",
                5,
                ["statistics", "optimisation"],
            ),
            (
                "Introduction to Machine Learning",
                "required",
                5,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("Deep Learning", "elective", 5, ["deep-learning"]),
            ("Reinforcement Learning", "elective", 5, ["reinforcement-learning"]),
            ("Natural Language Processing", "elective", 5, ["natural-language-processing"]),
            (
                "Probabilistic Inference",
                "elective",
                5,
                ["probabilistic-graphical-models", "generative-models"],
            ),
            ("Computer Vision", "elective", 5, ["computer-vision"]),
            ("Ethics, Privacy, AI in Society", "required", 5, ["ethics-and-fairness"]),
        ],
        "faculty": [
            ("Andrew Davison", "Professor", ["computer-vision", "robotics"]),
            ("Francesca Toni", "Professor", ["ethics-and-fairness"]),
            ("Lucia Specia", "Professor", ["natural-language-processing"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-10-04",
                "deadlines": [
                    ("Round 1", "2026-11-13", ""),
                    ("Round 2", "2027-01-15", ""),
                    ("Round 3", "2027-03-12", ""),
                ],
            },
        ],
    },
    {
        "university": "imperial",
        "slug": "msc-machine-learning-data-science-online",
        "title": "MSc Machine Learning and Data Science (online)",
        "subject_area": "machine_learning",
        "delivery": "online",
        "pace": "part_time",
        "duration_months": 24,
        "description": (
            "A part-time online master's from Imperial's Department of Mathematics, built "
            "for people in work. It is mathematically demanding, covering statistical and "
            "Bayesian foundations before supervised, unsupervised and deep learning."
        ),
        "has_thesis": True,
        "tuition_amount": 36000,
        "tuition_currency": "GBP",
        "tuition_basis": "total",
        "required_background": (
            "An upper-second degree with substantial mathematics, such as mathematics, "
            "physics, engineering or economics."
        ),
        "min_ielts": "7.0",
        "min_toefl": 100,
        "gre": "not_accepted",
        "apply_url": "https://www.imperial.ac.uk/study/apply/postgraduate-taught/",
        "official_url": "https://www.imperial.ac.uk/study/courses/postgraduate-taught/machine-learning-data-science/",
        "courses": [
            (
                "Mathematical Foundations of Machine Learning",
                "required",
                7.5,
                ["statistics", "optimisation"],
            ),
            ("Supervised Learning", "required", 7.5, ["supervised-learning"]),
            ("Unsupervised Learning", "required", 7.5, ["unsupervised-learning"]),
            ("Deep Learning", "required", 7.5, ["deep-learning"]),
            (
                "Bayesian Methods and Computation",
                "required",
                7.5,
                ["probabilistic-graphical-models", "statistics"],
            ),
            ("Data Science in Practice", "elective", 7.5, ["data-engineering", "mlops"]),
            ("Ethics in Data Science and AI", "elective", 7.5, ["ethics-and-fairness"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-01-11",
                "deadlines": [
                    ("Applications close", "2026-12-04", ""),
                ],
            },
        ],
    },
    {
        "university": "ucl",
        "slug": "msc-machine-learning",
        "title": "MSc Machine Learning",
        "duration_months": 12,
        "description": (
            "UCL's flagship machine learning master's, taught by the computer science "
            "department and its statistical machine learning group in central London. "
            "Rigorous and probabilistic in flavour, it ends with a research project."
        ),
        "has_thesis": True,
        "tuition_amount": 18600,
        "tuition_intl_amount": 40500,
        "tuition_currency": "GBP",
        "tuition_basis": "total",
        "living_cost_monthly": 1700,
        "living_cost_currency": "GBP",
        "required_background": (
            "A first-class or upper-second degree in computer science, mathematics, physics "
            "or engineering with strong mathematics."
        ),
        "min_ielts": "7.0",
        "min_toefl": 100,
        "gre": "not_accepted",
        "apply_url": "https://www.ucl.ac.uk/prospective-students/graduate/apply",
        "official_url": "https://www.ucl.ac.uk/prospective-students/graduate/taught-degrees/machine-learning-msc",
        "courses": [
            ("Supervised Learning", "required", 15, ["supervised-learning"]),
            (
                "Probabilistic and Unsupervised Learning",
                "elective",
                15,
                ["unsupervised-learning", "probabilistic-graphical-models"],
            ),
            ("Graphical Models", "elective", 15, ["probabilistic-graphical-models"]),
            (
                "Approximate Inference and Learning in Probabilistic Models",
                "elective",
                15,
                ["probabilistic-graphical-models", "generative-models"],
            ),
            ("Introduction to Deep Learning", "elective", 15, ["deep-learning"]),
            ("Reinforcement Learning", "elective", 15, ["reinforcement-learning"]),
            (
                "Statistical Natural Language Processing",
                "elective",
                15,
                ["natural-language-processing"],
            ),
            ("Applied Machine Learning", "elective", 15, ["supervised-learning", "mlops"]),
        ],
        "faculty": [
            ("David Barber", "Professor", ["probabilistic-graphical-models", "deep-learning"]),
            (
                "Marc Deisenroth",
                "Professor",
                ["probabilistic-graphical-models", "robotics", "optimisation"],
            ),
            ("John Shawe-Taylor", "Professor", ["supervised-learning", "statistics"]),
            ("Pontus Stenetorp", "Professor", ["natural-language-processing"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-27",
                "deadlines": [
                    ("Applications close", "2027-03-31", ""),
                ],
            },
        ],
    },
    {
        "university": "edinburgh",
        "slug": "msc-artificial-intelligence",
        "title": "MSc Artificial Intelligence",
        "subject_area": "artificial_intelligence",
        "duration_months": 12,
        "description": (
            "A broad one-year AI master's from one of Europe's largest informatics schools. "
            "Students mix machine learning, language, robotics and reasoning modules and "
            "write a summer dissertation, often inside a research group."
        ),
        "has_thesis": True,
        "tuition_amount": 16000,
        "tuition_intl_amount": 41000,
        "tuition_currency": "GBP",
        "tuition_basis": "total",
        "living_cost_monthly": 1300,
        "living_cost_currency": "GBP",
        "required_background": (
            "An upper-second degree in computer science, mathematics, physics, engineering "
            "or cognitive science with programming."
        ),
        "min_ielts": "6.5",
        "min_toefl": 92,
        "gre": "not_accepted",
        "apply_url": "https://www.ed.ac.uk/studying/postgraduate/applying",
        "official_url": "https://www.ed.ac.uk/studying/postgraduate/degrees/index.php?r=site/view&id=107",
        "courses": [
            ("Machine Learning Practical", "required", 20, ["deep-learning"]),
            (
                "Probabilistic Modelling and Reasoning",
                "elective",
                10,
                ["probabilistic-graphical-models"],
            ),
            ("Reinforcement Learning", "elective", 10, ["reinforcement-learning"]),
            (
                "Accelerated Natural Language Processing",
                "elective",
                20,
                ["natural-language-processing"],
            ),
            (
                "Natural Language Understanding, Generation, and Machine Translation",
                "elective",
                20,
                ["natural-language-processing", "deep-learning"],
            ),
            ("Robotics: Science and Systems", "elective", 20, ["robotics"]),
            ("Machine Learning Systems", "elective", 10, ["mlops", "data-engineering"]),
        ],
        "faculty": [
            ("Mirella Lapata", "Professor", ["natural-language-processing"]),
            ("Ivan Titov", "Professor", ["natural-language-processing", "deep-learning"]),
            ("Amos Storkey", "Professor", ["deep-learning", "probabilistic-graphical-models"]),
            (
                "Chris Williams",
                "Professor",
                ["probabilistic-graphical-models", "unsupervised-learning"],
            ),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-13",
                "deadlines": [
                    ("Round 1", "2026-11-27", ""),
                    ("Round 2", "2027-01-29", ""),
                    ("Round 3", "2027-03-26", ""),
                ],
            },
        ],
    },
    {
        "university": "edinburgh",
        "slug": "msc-data-science-technology-innovation-online",
        "title": "MSc Data Science, Technology and Innovation (online)",
        "subject_area": "data_science",
        "delivery": "online",
        "pace": "part_time",
        "duration_months": 36,
        "description": (
            "A part-time online master's for working people who want to apply data science "
            "in their organisation. Besides analysis and machine learning it looks at how "
            "data-driven innovation is managed and governed."
        ),
        "has_thesis": True,
        "tuition_amount": 16500,
        "tuition_currency": "GBP",
        "tuition_basis": "total",
        "required_background": "An upper-second degree in any subject; some numeracy is expected.",
        "min_ielts": "6.5",
        "min_toefl": 92,
        "gre": "not_accepted",
        "apply_url": "https://www.ed.ac.uk/studying/postgraduate/applying",
        "official_url": "https://www.ed.ac.uk/studying/postgraduate/degrees/index.php?r=site/view&id=963",
        "courses": [
            ("Introduction to Data Science", "required", 20, ["data-engineering"]),
            ("Statistical Methods for Data Science", "required", 10, ["statistics"]),
            (
                "Machine Learning for Data Science",
                "elective",
                10,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("Data Ethics and Governance", "required", 10, ["ethics-and-fairness"]),
            ("Data Infrastructures", "elective", 10, ["data-engineering", "mlops"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-01-11",
                "deadlines": [
                    ("January 2027 start", "2026-11-30", ""),
                    ("September 2027 start", "2027-07-31", ""),
                ],
            },
            {
                "starts_on": "2027-09-13",
                "deadlines": [],
            },
        ],
    },
    {
        "university": "cambridge",
        "slug": "mphil-machine-learning-machine-intelligence",
        "title": "MPhil in Machine Learning and Machine Intelligence",
        "degree_type": "mphil",
        "duration_months": 11,
        "description": (
            "An eleven-month MPhil from Cambridge's Department of Engineering combining "
            "taught modules in machine learning, speech and language, and vision with a "
            "substantial research thesis. A common route into a PhD."
        ),
        "has_thesis": True,
        "tuition_amount": 13000,
        "tuition_intl_amount": 39000,
        "tuition_currency": "GBP",
        "tuition_basis": "total",
        "living_cost_monthly": 1400,
        "living_cost_currency": "GBP",
        "required_background": (
            "A first-class degree in engineering, computer science, mathematics or physics."
        ),
        "min_ielts": "7.5",
        "min_toefl": 110,
        "gre": "not_accepted",
        "apply_url": "https://www.postgraduate.study.cam.ac.uk/courses/directory/egegmpmml",
        "official_url": "https://www.mlmi.eng.cam.ac.uk/",
        "courses": [
            (
                "Introduction to Machine Learning",
                "required",
                None,
                ["supervised-learning", "unsupervised-learning"],
            ),
            (
                "Probabilistic Machine Learning",
                "required",
                None,
                ["probabilistic-graphical-models"],
            ),
            (
                "Advanced Machine Learning",
                "elective",
                None,
                ["generative-models", "probabilistic-graphical-models"],
            ),
            (
                "Speech Recognition",
                "elective",
                None,
                ["natural-language-processing", "deep-learning"],
            ),
            (
                "Reinforcement Learning and Decision Making",
                "elective",
                None,
                ["reinforcement-learning"],
            ),
            ("Computer Vision", "elective", None, ["computer-vision"]),
        ],
        "faculty": [
            (
                "Carl Edward Rasmussen",
                "Professor",
                ["probabilistic-graphical-models", "statistics"],
            ),
            (
                "José Miguel Hernández-Lobato",
                "Professor",
                ["generative-models", "probabilistic-graphical-models"],
            ),
            ("Richard Turner", "Professor", ["probabilistic-graphical-models", "deep-learning"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-10-01",
                "deadlines": [
                    ("Applications close", "2026-12-02", ""),
                ],
            },
        ],
    },
    {
        "university": "oxford",
        "slug": "msc-advanced-computer-science",
        "title": "MSc in Advanced Computer Science",
        "subject_area": "computer_science",
        "duration_months": 12,
        "description": (
            "A one-year taught master's in Oxford's Department of Computer Science with a "
            "large menu of machine learning options, from learning theory to geometric "
            "deep learning and uncertainty in neural networks, plus a dissertation."
        ),
        "has_thesis": True,
        "tuition_amount": 19000,
        "tuition_intl_amount": 45000,
        "tuition_currency": "GBP",
        "tuition_basis": "total",
        "living_cost_monthly": 1500,
        "living_cost_currency": "GBP",
        "required_background": (
            "A first-class or strong upper-second degree in computer science or mathematics."
        ),
        "min_ielts": "7.5",
        "min_toefl": 110,
        "gre": "not_accepted",
        "apply_url": "https://www.ox.ac.uk/admissions/graduate/applying-to-oxford",
        "official_url": "https://www.ox.ac.uk/admissions/graduate/courses/msc-advanced-computer-science",
        "courses": [
            (
                "Machine Learning",
                "elective",
                10,
                ["supervised-learning", "unsupervised-learning"],
            ),
            (
                "Computational Learning Theory",
                "elective",
                10,
                ["supervised-learning", "statistics"],
            ),
            ("Geometric Deep Learning", "elective", 10, ["deep-learning"]),
            (
                "Uncertainty in Deep Learning",
                "elective",
                10,
                ["deep-learning", "probabilistic-graphical-models"],
            ),
            (
                "Advanced Topics in Machine Learning",
                "elective",
                10,
                ["generative-models", "deep-learning"],
            ),
            ("Probability and Computing", "elective", 10, ["statistics"]),
        ],
        "faculty": [
            ("Michael Bronstein", "Professor", ["deep-learning"]),
            (
                "Yarin Gal",
                "Associate Professor",
                ["deep-learning", "probabilistic-graphical-models"],
            ),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-10-11",
                "deadlines": [
                    ("Early deadline", "2026-12-02", ""),
                    ("Final deadline", "2027-03-03", "If places remain."),
                ],
            },
        ],
    },
]
