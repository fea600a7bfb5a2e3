"""Demo programmes in continental Europe. Figures are approximate and unverified.

Tuition is per year unless marked otherwise; where EU/EEA students pay less than
others, the EU/EEA fee is the tuition and the other one the international amount.
"""

UNIVERSITIES = [
    {
        "slug": "eth-zurich",
        "name": "ETH Zurich",
        "country": "CH",
        "city": "Zurich",
        "website": "https://ethz.ch/",
    },
    {
        "slug": "epfl",
        "name": "EPFL",
        "country": "CH",
        "city": "Lausanne",
        "website": "https://www.epfl.ch/",
    },
    {
        "slug": "tu-munich",
        "name": "Technical University of Munich",
        "country": "DE",
        "city": "Munich",
        "website": "https://www.tum.de/",
    },
    {
        "slug": "tuebingen",
        "name": "University of Tübingen",
        "country": "DE",
        "city": "Tübingen",
        "website": "https://uni-tuebingen.de/",
    },
    {
        "slug": "saarland",
        "name": "Saarland University",
        "country": "DE",
        "city": "Saarbrücken",
        "website": "https://www.uni-saarland.de/",
    },
    {
        "slug": "uva",
        "name": "University of Amsterdam",
        "country": "NL",
        "city": "Amsterdam",
        "website": "https://www.uva.nl/",
    },
    {
        "slug": "tu-delft",
        "name": "Delft University of Technology",
        "country": "NL",
        "city": "Delft",
        "website": "https://www.tudelft.nl/",
    },
    {
        "slug": "ku-leuven",
        "name": "KU Leuven",
        "country": "BE",
        "city": "Leuven",
        "website": "https://www.kuleuven.be/",
    },
    {
        "slug": "ens-paris-saclay",
        "name": "ENS Paris-Saclay",
        "country": "FR",
        "city": "Gif-sur-Yvette",
        "website": "https://ens-paris-saclay.fr/",
    },
    {
        "slug": "sorbonne",
        "name": "Sorbonne Université",
        "country": "FR",
        "city": "Paris",
        "website": "https://www.sorbonne-universite.fr/",
    },
    {
        "slug": "dtu",
        "name": "Technical University of Denmark",
        "country": "DK",
        "city": "Kongens Lyngby",
        "website": "https://www.dtu.dk/",
    },
    {
        "slug": "kth",
        "name": "KTH Royal Institute of Technology",
        "country": "SE",
        "city": "Stockholm",
        "website": "https://www.kth.se/",
    },
    {
        "slug": "chalmers",
        "name": "Chalmers University of Technology",
        "country": "SE",
        "city": "Gothenburg",
        "website": "https://www.chalmers.se/",
    },
    {
        "slug": "aalto",
        "name": "Aalto University",
        "country": "FI",
        "city": "Espoo",
        "website": "https://www.aalto.fi/",
    },
    {
        "slug": "helsinki",
        "name": "University of Helsinki",
        "country": "FI",
        "city": "Helsinki",
        "website": "https://www.helsinki.fi/",
    },
    {
        "slug": "ntnu",
        "name": "Norwegian University of Science and Technology",
        "country": "NO",
        "city": "Trondheim",
        "website": "https://www.ntnu.edu/",
    },
    {
        "slug": "sapienza",
        "name": "Sapienza University of Rome",
        "country": "IT",
        "city": "Rome",
        "website": "https://www.uniroma1.it/",
    },
]

PROGRAMMES = [
    {
        "university": "eth-zurich",
        "slug": "msc-data-science",
        "title": "MSc in Data Science",
        "subject_area": "data_science",
        "duration_months": 24,
        "description": (
            "A demanding two-year master's run jointly by ETH's computer science, "
            "mathematics and electrical engineering departments. Core courses in learning, "
            "optimisation and statistics are followed by a data science lab and a thesis. "
            "Very low fees, but Zurich is expensive to live in."
        ),
        "has_thesis": True,
        "tuition_amount": 1460,
        "tuition_intl_amount": 4380,
        "tuition_currency": "CHF",
        "living_cost_monthly": 2300,
        "living_cost_currency": "CHF",
        "required_background": (
            "A bachelor's in computer science, mathematics, statistics or engineering with "
            "a strong record in mathematics and programming."
        ),
        "min_ielts": "7.0",
        "min_toefl": 100,
        "apply_url": "https://ethz.ch/en/studies/master/application.html",
        "official_url": "https://inf.ethz.ch/studies/master/master-ds.html",
        "sources": {
            "tuition": {
                "url": "https://ethz.ch/students/en/studies/financial/tuition-fees.html",
                "intake": "2025-09-01",
                "checked": "2026-11-30",
            },
        },
        "courses": [
            (
                "Advanced Machine Learning",
                "required",
                10,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("Deep Learning", "elective", 8, ["deep-learning"]),
            (
                "Probabilistic Artificial Intelligence",
                "elective",
                8,
                ["probabilistic-graphical-models", "reinforcement-learning"],
            ),
            ("Optimization for Data Science", "required", 10, ["optimisation"]),
            ("Computational Statistics", "required", 8, ["statistics"]),
            ("Natural Language Processing", "elective", 7, ["natural-language-processing"]),
            ("Big Data", "required", 10, ["data-engineering"]),
            ("Data Science Lab", "required", 14, ["mlops", "data-engineering"]),
        ],
        "faculty": [
            (
                "Andreas Krause",
                "Professor",
                ["probabilistic-graphical-models", "reinforcement-learning", "optimisation"],
            ),
            ("Thomas Hofmann", "Professor", ["deep-learning", "natural-language-processing"]),
            ("Niao He", "Associate Professor", ["optimisation", "reinforcement-learning"]),
            ("Fanny Yang", "Assistant Professor", ["statistics", "supervised-learning"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-13",
                "deadlines": [
                    ("Applications close", "2026-12-15", ""),
                ],
            },
        ],
    },
    {
        "university": "epfl",
        "slug": "msc-data-science",
        "title": "Master in Data Science",
        "degree_type": "msc",
        "subject_area": "data_science",
        "duration_months": 24,
        "description": (
            "EPFL's data science master's on the shore of Lake Geneva, built around machine "
            "learning, optimisation and large-scale data analysis. An industry internship is "
            "part of the degree, followed by a master's project."
        ),
        "has_thesis": True,
        "placement": "optional",
        "tuition_amount": 1460,
        "tuition_intl_amount": 4380,
        "tuition_currency": "CHF",
        "living_cost_monthly": 2000,
        "living_cost_currency": "CHF",
        "required_background": (
            "A bachelor's in computer science, communication systems, mathematics or a "
            "related field with excellent grades."
        ),
        "min_ielts": "7.0",
        "min_toefl": 100,
        "apply_url": "https://www.epfl.ch/education/admission/admission/master-admission-criteria/",
        "official_url": "https://www.epfl.ch/education/master/programs/data-science/",
        "sources": {
            "duration": {
                "url": "https://www.epfl.ch/schools/ic/education/master/data-science/",
                "intake": None,
                "checked": "2026-11-30",
            },
        },
        "courses": [
            (
                "CS-433 Machine Learning",
                "required",
                8,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("Optimization for Machine Learning", "required", 5, ["optimisation"]),
            ("Deep Learning", "elective", 4, ["deep-learning"]),
            ("Modern Natural Language Processing", "elective", 6, ["natural-language-processing"]),
            (
                "Applied Data Analysis",
                "required",
                8,
                ["data-engineering", "statistics"],
            ),
            ("Reinforcement Learning", "elective", 6, ["reinforcement-learning"]),
            ("Statistics for Data Science", "required", 6, ["statistics"]),
        ],
        "faculty": [
            ("Martin Jaggi", "Associate Professor", ["optimisation", "deep-learning"]),
            ("Volkan Cevher", "Associate Professor", ["optimisation", "reinforcement-learning"]),
            ("Antoine Bosselut", "Assistant Professor", ["natural-language-processing"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-13",
                "deadlines": [
                    ("First round", "2026-12-15", ""),
                    ("Second round", "2027-04-15", "If places remain."),
                ],
            },
        ],
    },
    {
        "university": "tu-munich",
        "slug": "msc-data-engineering-analytics",
        "title": "MSc Data Engineering and Analytics",
        "subject_area": "data_science",
        "duration_months": 24,
        "description": (
            "A TUM informatics master's that joins data management with machine learning, "
            "taught in English in Garching near Munich. EU students pay only the semester "
            "contribution; students from outside the EU pay tuition."
        ),
        "has_thesis": True,
        "tuition_amount": 0,
        "tuition_intl_amount": 12000,
        "tuition_currency": "EUR",
        "living_cost_monthly": 905,
        "living_cost_currency": "EUR",
        "required_background": (
            "A bachelor's in informatics or a related field with solid foundations in "
            "databases, algorithms and mathematics."
        ),
        "min_ielts": "6.5",
        "min_toefl": 88,
        "apply_url": "https://www.tum.de/en/studies/application",
        "official_url": "https://www.tum.de/en/studies/degree-programs/detail/data-engineering-and-analytics-master-of-science-msc",
        "sources": {
            "living": {
                "url": "https://www.in.tum.de/en/in/for-prospective-students/apply-for-admission/costs-and-funding/",
                "intake": None,
                "checked": "2026-11-30",
            },
        },
        "courses": [
            (
                "Machine Learning",
                "required",
                8,
                ["supervised-learning", "unsupervised-learning", "probabilistic-graphical-models"],
            ),
            ("Introduction to Deep Learning", "elective", 6, ["deep-learning"]),
            (
                "Machine Learning for Graphs and Sequential Data",
                "elective",
                5,
                ["deep-learning"],
            ),
            ("Computer Vision II: Multiple View Geometry", "elective", 8, ["computer-vision"]),
            ("Database Systems on Modern CPU Architectures", "required", 6, ["data-engineering"]),
            ("Cloud Information Systems", "elective", 5, ["data-engineering", "mlops"]),
            ("Natural Language Processing", "elective", 6, ["natural-language-processing"]),
        ],
        "faculty": [
            ("Daniel Cremers", "Professor", ["computer-vision", "deep-learning"]),
            ("Stephan Günnemann", "Professor", ["deep-learning", "supervised-learning"]),
            ("Matthias Nießner", "Professor", ["computer-vision", "generative-models"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-10-01",
                "deadlines": [
                    ("Applications close", "2027-05-31", ""),
                ],
            },
        ],
    },
    {
        "university": "tuebingen",
        "slug": "msc-machine-learning",
        "title": "MSc Machine Learning",
        "duration_months": 24,
        "description": (
            "A dedicated machine learning master's in the Cyber Valley research ecosystem, "
            "alongside the Max Planck Institute for Intelligent Systems. It is strong on "
            "probabilistic methods and theory, with very low fees."
        ),
        "has_thesis": True,
        "tuition_amount": 0,
        "tuition_intl_amount": 3000,
        "tuition_currency": "EUR",
        "living_cost_monthly": 1000,
        "living_cost_currency": "EUR",
        "required_background": (
            "A bachelor's in computer science, mathematics, physics or a related subject "
            "(German grade 2.3 or better), with proof-based calculus and linear algebra, "
            "programming, and algorithms and data structures."
        ),
        "min_ielts": "7.0",
        "min_toefl": 94,
        "apply_url": "https://uni-tuebingen.de/en/study/application/",
        "official_url": "https://uni-tuebingen.de/en/study/finding-a-course/degree-programs-available/detail/course/machine-learning-master/",
        "sources": {
            "tuition": {
                "url": "https://uni-tuebingen.de/en/study/organizing-your-studies/fees/tuition-fees/tuition-fees-for-international-students/",
                "intake": None,
                "checked": "2026-11-30",
            },
            "requirements": {
                "url": "https://uni-tuebingen.de/en/fakultaeten/mathematisch-naturwissenschaftliche-fakultaet/fachbereiche/informatik/studium/studierende/lehre-studienorganisation/studiengaenge/machine-learning/admission-and-application",
                "intake": None,
                "checked": "2026-11-30",
            },
        },
        "courses": [
            (
                "Statistical Machine Learning",
                "required",
                9,
                ["supervised-learning", "statistics"],
            ),
            (
                "Probabilistic Machine Learning",
                "required",
                9,
                ["probabilistic-graphical-models"],
            ),
            ("Mathematics for Machine Learning", "required", 9, ["optimisation", "statistics"]),
            ("Deep Learning", "elective", 6, ["deep-learning"]),
            ("Reinforcement Learning", "elective", 6, ["reinforcement-learning"]),
            ("Data Literacy", "elective", 6, ["statistics"]),
            ("Self-Driving Cars", "elective", 6, ["computer-vision", "robotics"]),
            ("Ethics and Philosophy of Machine Learning", "required", 3, ["ethics-and-fairness"]),
        ],
        "faculty": [
            ("Matthias Hein", "Professor", ["supervised-learning", "deep-learning"]),
            ("Philipp Hennig", "Professor", ["probabilistic-graphical-models", "optimisation"]),
            ("Ulrike von Luxburg", "Professor", ["unsupervised-learning", "statistics"]),
            ("Andreas Geiger", "Professor", ["computer-vision", "robotics", "generative-models"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-10-15",
                "deadlines": [
                    ("Applications close", "2027-03-15", ""),
                ],
            },
        ],
    },
    {
        "university": "saarland",
        "slug": "msc-data-science-artificial-intelligence",
        "title": "MSc Data Science and Artificial Intelligence",
        "subject_area": "artificial_intelligence",
        "duration_months": 24,
        "description": (
            "An English-taught master's on the Saarland Informatics Campus, home to the "
            "German Research Center for AI and two Max Planck institutes. There is no "
            "tuition for anyone, only a semester fee."
        ),
        "has_thesis": True,
        "tuition_amount": 0,
        "tuition_currency": "EUR",
        "living_cost_monthly": 950,
        "living_cost_currency": "EUR",
        "required_background": (
            "A bachelor's in computer science, informatics or a related subject covering "
            "mathematics, theoretical and practical computer science, and machine learning "
            "or AI, with a strong grade record."
        ),
        "min_ielts": "6.5",
        "min_toefl": 95,
        "apply_url": "https://saarland-informatics-campus.de/en/studying-in-saarbrucken/",
        "official_url": "https://www.uni-saarland.de/en/study/programmes/master/data-science-and-artificial-intelligence.html",
        "courses": [
            (
                "Machine Learning",
                "required",
                9,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("Neural Networks: Theory and Implementation", "elective", 6, ["deep-learning"]),
            (
                "Artificial Intelligence",
                "elective",
                9,
                ["reinforcement-learning", "probabilistic-graphical-models"],
            ),
            (
                "Image Processing and Computer Vision",
                "elective",
                9,
                ["computer-vision"],
            ),
            (
                "Introduction to Computational Linguistics",
                "elective",
                6,
                ["natural-language-processing"],
            ),
            ("Ethics for Nerds", "elective", 5, ["ethics-and-fairness"]),
        ],
        "faculty": [
            (
                "Isabel Valera",
                "Professor",
                ["causal-inference", "ethics-and-fairness", "probabilistic-graphical-models"],
            ),
            ("Dietrich Klakow", "Professor", ["natural-language-processing"]),
            ("Vera Demberg", "Professor", ["natural-language-processing"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-10-15",
                "deadlines": [
                    ("Applications close", "2027-05-15", ""),
                ],
            },
        ],
    },
    {
        "university": "uva",
        "slug": "msc-artificial-intelligence",
        "title": "MSc Artificial Intelligence",
        "subject_area": "artificial_intelligence",
        "duration_months": 24,
        "description": (
            "A large two-year AI master's in Amsterdam with a deep learning and computer "
            "vision emphasis and close ties to the university's industry labs. The second "
            "year is largely a research thesis."
        ),
        "has_thesis": True,
        "tuition_amount": 2700,
        "tuition_intl_amount": 25000,
        "tuition_currency": "EUR",
        "living_cost_monthly": 1400,
        "living_cost_currency": "EUR",
        "required_background": (
            "A bachelor's in AI or computer science, or a comparable degree with university "
            "credits in computer science, programming, calculus, linear algebra and "
            "probability and statistics; a good grade average."
        ),
        "min_ielts": "7.0",
        "min_toefl": 100,
        "apply_url": "https://www.uva.nl/en/programmes/masters/artificial-intelligence/application-and-admission/application-and-admission.html",
        "official_url": "https://www.uva.nl/en/programmes/masters/artificial-intelligence/artificial-intelligence.html",
        "sources": {
            "requirements": {
                "url": "https://www.uva.nl/shared-content/programmas/en/masters/artificial-intelligence/application-and-admission/international-prior-education/international-prior-education-foldout-menu.html",
                "intake": "2024-09-01",
                "checked": "2026-11-30",
            },
        },
        "courses": [
            (
                "Machine Learning 1",
                "required",
                6,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("Deep Learning 1", "required", 6, ["deep-learning"]),
            ("Computer Vision 1", "elective", 6, ["computer-vision"]),
            ("Natural Language Processing 1", "elective", 6, ["natural-language-processing"]),
            ("Reinforcement Learning", "elective", 6, ["reinforcement-learning"]),
            (
                "Machine Learning 2",
                "elective",
                6,
                ["probabilistic-graphical-models", "generative-models"],
            ),
            ("Information Retrieval 1", "elective", 6, ["information-retrieval"]),
            (
                "Fairness, Accountability, Confidentiality and Transparency in AI",
                "elective",
                6,
                ["ethics-and-fairness"],
            ),
        ],
        "faculty": [
            ("Cees Snoek", "Professor", ["computer-vision"]),
            ("Efstratios Gavves", "Associate Professor", ["computer-vision", "deep-learning"]),
            (
                "Jan-Willem van de Meent",
                "Associate Professor",
                ["probabilistic-graphical-models", "generative-models"],
            ),
            ("Maarten de Rijke", "Professor", ["information-retrieval"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-01",
                "deadlines": [
                    ("Non-EU/EEA applicants", "2027-01-15", ""),
                    ("EU/EEA applicants", "2027-04-01", ""),
                ],
            },
        ],
    },
    {
        "university": "tu-delft",
        "slug": "msc-computer-science-ai-technology",
        "title": "MSc Computer Science (Artificial Intelligence Technology track)",
        "subject_area": "computer_science",
        "duration_months": 24,
        "description": (
            "The AI technology track of TU Delft's computer science master's, focused on "
            "building dependable learning and decision-making systems. Several of the "
            "university's AI labs are run together with companies."
        ),
        "has_thesis": True,
        "tuition_amount": 2314,
        "tuition_intl_amount": 20560,
        "tuition_currency": "EUR",
        "living_cost_monthly": 1200,
        "living_cost_currency": "EUR",
        "required_background": "A bachelor's in computer science or a closely related field.",
        "min_ielts": "6.5",
        "min_toefl": 90,
        "apply_url": "https://www.tudelft.nl/en/education/admission-and-application/msc-international-diploma",
        "official_url": "https://www.tudelft.nl/en/education/programmes/masters/computer-science/msc-computer-science",
        "sources": {
            "tuition": {
                "url": "https://www.tudelft.nl/en/education/practical-matters/tuition-fee-finances/",
                "intake": "2023-09-01",
                "checked": "2026-11-30",
            },
        },
        "courses": [
            (
                "Machine Learning 1",
                "required",
                5,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("Machine Learning 2", "elective", 5, ["probabilistic-graphical-models"]),
            ("Deep Learning", "required", 5, ["deep-learning"]),
            (
                "Algorithms for Intelligent Decision Making",
                "elective",
                5,
                ["reinforcement-learning", "optimisation"],
            ),
            (
                "Seminar Computer Vision by Deep Learning",
                "elective",
                5,
                ["computer-vision", "deep-learning"],
            ),
            ("Natural Language Processing", "elective", 5, ["natural-language-processing"]),
            ("Responsible AI", "elective", 5, ["ethics-and-fairness"]),
        ],
        "faculty": [
            ("Matthijs Spaan", "Associate Professor", ["reinforcement-learning"]),
            ("Jan van Gemert", "Associate Professor", ["computer-vision", "deep-learning"]),
            ("Marcel Reinders", "Professor", ["supervised-learning", "unsupervised-learning"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-01",
                "deadlines": [
                    ("Non-EU/EEA applicants", "2027-01-15", ""),
                    ("EU/EEA applicants", "2027-04-01", ""),
                ],
            },
        ],
    },
    {
        "university": "ku-leuven",
        "slug": "master-artificial-intelligence",
        "title": "Master of Artificial Intelligence",
        "degree_type": "other",
        "subject_area": "artificial_intelligence",
        "duration_months": 12,
        "description": (
            "A one-year advanced master's in Leuven with options in engineering and "
            "computer science, big data analytics, or speech and language. One of the "
            "cheapest one-year AI degrees in Europe."
        ),
        "has_thesis": True,
        "tuition_amount": 1100,
        "tuition_intl_amount": 6000,
        "tuition_currency": "EUR",
        "tuition_basis": "total",
        "living_cost_monthly": 1000,
        "living_cost_currency": "EUR",
        "required_background": (
            "A master's or a strong bachelor's in engineering, computer science, "
            "mathematics, physics or a related field."
        ),
        "min_ielts": "7.0",
        "min_toefl": 94,
        "apply_url": "https://www.kuleuven.be/english/admissions",
        "official_url": "https://www.kuleuven.be/programmes/master-artificial-intelligence",
        "courses": [
            (
                "Machine Learning and Inductive Inference",
                "required",
                4,
                ["supervised-learning", "unsupervised-learning"],
            ),
            (
                "Uncertainty in Artificial Intelligence",
                "elective",
                4,
                ["probabilistic-graphical-models"],
            ),
            (
                "Natural Language Processing",
                "elective",
                4,
                ["natural-language-processing", "information-retrieval"],
            ),
            ("Computer Vision", "elective", 4, ["computer-vision"]),
            (
                "Support Vector Machines: Methods and Applications",
                "elective",
                4,
                ["supervised-learning", "optimisation"],
            ),
            ("Ethics and Law of Artificial Intelligence", "required", 3, ["ethics-and-fairness"]),
        ],
        "faculty": [
            (
                "Luc De Raedt",
                "Professor",
                ["probabilistic-graphical-models", "supervised-learning"],
            ),
            (
                "Marie-Francine Moens",
                "Professor",
                ["natural-language-processing", "information-retrieval"],
            ),
            ("Tinne Tuytelaars", "Professor", ["computer-vision"]),
            ("Johan Suykens", "Professor", ["supervised-learning", "optimisation"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-20",
                "deadlines": [
                    ("Non-EEA applicants", "2027-03-01", ""),
                    ("EEA applicants", "2027-06-01", ""),
                ],
            },
        ],
    },
    {
        "university": "ens-paris-saclay",
        "slug": "master-mva",
        "title": "Master MVA: Mathematics, Vision, Learning",
        "degree_type": "msc",
        "duration_months": 12,
        "description": (
            "A famous one-year second-year master's near Paris, taught by researchers from "
            "ENS, Inria and elsewhere. Highly mathematical, it spans optimisation, kernels, "
            "graphical models, vision and speech; most courses are in English. It ends "
            "with a research internship and costs almost nothing in tuition."
        ),
        "has_thesis": True,
        "placement": "optional",
        "tuition_amount": 260,
        "tuition_currency": "EUR",
        "living_cost_monthly": 1300,
        "living_cost_currency": "EUR",
        "required_background": (
            "A first year of master's (or equivalent) in applied mathematics, computer "
            "science or engineering with very strong mathematics."
        ),
        "gre": "not_accepted",
        "apply_url": "https://www.master-mva.com/",
        "official_url": "https://www.master-mva.com/",
        "courses": [
            (
                "Convex Optimization and Applications in Machine Learning",
                "elective",
                5,
                ["optimisation"],
            ),
            (
                "Probabilistic Graphical Models",
                "elective",
                5,
                ["probabilistic-graphical-models"],
            ),
            ("Kernel Methods for Machine Learning", "elective", 5, ["supervised-learning"]),
            ("Deep Learning", "elective", 5, ["deep-learning"]),
            ("Object Recognition and Computer Vision", "elective", 5, ["computer-vision"]),
            ("Reinforcement Learning", "elective", 5, ["reinforcement-learning"]),
            (
                "Algorithms for Speech and Natural Language Processing",
                "elective",
                5,
                ["natural-language-processing"],
            ),
            (
                "Computational Optimal Transport",
                "elective",
                5,
                ["optimisation", "generative-models"],
            ),
        ],
        "faculty": [
            ("Francis Bach", "Research Director", ["optimisation", "supervised-learning"]),
            ("Gabriel Peyré", "Research Director", ["optimisation", "generative-models"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-13",
                "deadlines": [
                    ("Applications close", "2027-03-15", ""),
                ],
            },
        ],
    },
    {
        "university": "sorbonne",
        "slug": "master-informatique-dac",
        "title": "Master Informatique, parcours Données, Apprentissage, Connaissances (DAC)",
        "degree_type": "msc",
        "subject_area": "computer_science",
        "duration_months": 24,
        "language": "fr",
        "description": (
            "A French-language two-year computer science master's in the heart of Paris "
            "whose DAC track covers machine learning, deep learning, information retrieval "
            "and data management. National fees are low, with a higher rate for some "
            "students from outside the EU."
        ),
        "placement": "optional",
        "tuition_amount": 260,
        "tuition_intl_amount": 3900,
        "tuition_currency": "EUR",
        "living_cost_monthly": 1300,
        "living_cost_currency": "EUR",
        "required_background": "A bachelor's (licence) in computer science or mathematics.",
        "gre": "not_accepted",
        "apply_url": "https://sciences.sorbonne-universite.fr/formation-sciences/masters/master-informatique",
        "official_url": "https://sciences.sorbonne-universite.fr/formation-sciences/masters/master-informatique/parcours-dac",
        "courses": [
            (
                "Apprentissage statistique",
                "required",
                6,
                ["supervised-learning", "statistics"],
            ),
            ("Apprentissage profond", "required", 6, ["deep-learning"]),
            (
                "Recherche d'information et traitement de la langue",
                "required",
                6,
                ["information-retrieval", "natural-language-processing"],
            ),
            ("Apprentissage par renforcement", "elective", 6, ["reinforcement-learning"]),
            ("Modèles génératifs", "elective", 6, ["generative-models"]),
            ("Bases de données avancées", "elective", 6, ["data-engineering"]),
        ],
        "faculty": [
            ("Patrick Gallinari", "Professor", ["deep-learning", "generative-models"]),
            ("Matthieu Cord", "Professor", ["computer-vision", "deep-learning"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-06",
                "deadlines": [
                    ("Applications close", "2027-04-30", ""),
                ],
            },
        ],
    },
    {
        "university": "dtu",
        "slug": "msc-human-centered-artificial-intelligence",
        "title": "MSc in Human-Centered Artificial Intelligence",
        "subject_area": "artificial_intelligence",
        "duration_months": 24,
        "description": (
            "A two-year engineering master's near Copenhagen that pairs machine learning "
            "with how people use and are affected by AI systems. Free for EU students."
        ),
        "has_thesis": True,
        "tuition_amount": 0,
        "tuition_intl_amount": 15000,
        "tuition_currency": "EUR",
        "living_cost_monthly": 9500,
        "living_cost_currency": "DKK",
        "required_background": (
            "A bachelor's in engineering, computer science, mathematics or a related field "
            "with programming."
        ),
        "min_ielts": "6.5",
        "min_toefl": 92,
        "apply_url": "https://www.dtu.dk/english/education/graduate/admission",
        "official_url": "https://www.dtu.dk/english/education/graduate/msc-programmes/human-centered-artificial-intelligence",
        "sources": {
            "tuition": {
                "url": "https://www.dtu.dk/english/education/graduate/fees-and-funding",
                "intake": None,
                "checked": "2026-11-30",
            },
            "duration": {
                "url": "https://www.dtu.dk/english/education/graduate/fees-and-funding",
                "intake": None,
                "checked": "2026-11-30",
            },
            "requirements": {
                "url": "https://dtu.dk/english/education/graduate/admission-and-deadlines/application_procedure/apply/language-test-requirements",
                "intake": None,
                "checked": "2026-11-30",
            },
        },
        "courses": [
            (
                "Introduction to Machine Learning and Data Mining",
                "required",
                5,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("Deep Learning", "required", 5, ["deep-learning"]),
            ("Computational Tools for Data Science", "elective", 5, ["data-engineering"]),
            ("Bayesian Machine Learning", "elective", 5, ["probabilistic-graphical-models"]),
            ("Advanced Machine Learning", "elective", 5, ["generative-models"]),
            ("Responsible AI", "required", 5, ["ethics-and-fairness"]),
        ],
        "faculty": [
            ("Ole Winther", "Professor", ["deep-learning", "generative-models"]),
            ("Søren Hauberg", "Professor", ["generative-models", "unsupervised-learning"]),
            ("Lars Kai Hansen", "Professor", ["unsupervised-learning", "deep-learning"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-08-30",
                "deadlines": [
                    ("Non-EU applicants", "2027-01-15", ""),
                    ("EU applicants", "2027-03-01", ""),
                ],
            },
        ],
    },
    {
        "university": "kth",
        "slug": "msc-machine-learning",
        "title": "MSc Machine Learning",
        "duration_months": 24,
        "description": (
            "A two-year machine learning master's in Stockholm covering theory and practice "
            "from probabilistic methods to deep learning, language and vision. Free for "
            "EU students."
        ),
        "has_thesis": True,
        "tuition_amount": 0,
        "tuition_intl_amount": 160000,
        "tuition_currency": "SEK",
        "living_cost_monthly": 11000,
        "living_cost_currency": "SEK",
        "required_background": (
            "A bachelor's in computer science, electrical engineering, engineering physics "
            "or mathematics with programming."
        ),
        "min_ielts": "6.5",
        "min_toefl": 90,
        "apply_url": "https://www.universityadmissions.se/",
        "official_url": "https://www.kth.se/en/studies/master/machine-learning",
        "courses": [
            (
                "DD2421 Machine Learning",
                "required",
                7.5,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("DD2424 Deep Learning in Data Science", "required", 7.5, ["deep-learning"]),
            (
                "DD2434 Machine Learning, Advanced Course",
                "required",
                7.5,
                ["probabilistic-graphical-models", "generative-models"],
            ),
            ("DD2417 Language Engineering", "elective", 7.5, ["natural-language-processing"]),
            (
                "DD2423 Image Analysis and Computer Vision",
                "elective",
                7.5,
                ["computer-vision"],
            ),
            ("EL2805 Reinforcement Learning", "elective", 7.5, ["reinforcement-learning"]),
            ("SF2930 Regression Analysis", "elective", 7.5, ["statistics"]),
        ],
        "faculty": [
            ("Danica Kragic", "Professor", ["robotics", "computer-vision"]),
            ("Hossein Azizpour", "Associate Professor", ["deep-learning", "computer-vision"]),
        ],
        # The dates KTH published for August 2026 entry; 2027 dates are not out yet.
        "intakes": [
            {
                "starts_on": "2026-08-01",
                "url": "https://www.kth.se/en/studies/master/machine-learning",
                "checked": "2026-11-30",
                "deadlines": [
                    ("Applications close", "2026-01-15", ""),
                    (
                        "Documents and application fee",
                        "2026-02-02",
                        "Supporting documents, and the fee where it applies.",
                    ),
                ],
            },
        ],
    },
    {
        "university": "chalmers",
        "slug": "msc-data-science-ai",
        "title": "MSc Data Science and AI",
        "subject_area": "data_science",
        "duration_months": 24,
        "description": (
            "A Gothenburg master's shared between computer science and mathematical "
            "sciences, mixing statistical inference, machine learning and the design of "
            "AI systems. Free for EU students."
        ),
        "has_thesis": True,
        "tuition_amount": 0,
        "tuition_intl_amount": 160000,
        "tuition_currency": "SEK",
        "living_cost_monthly": 10000,
        "living_cost_currency": "SEK",
        "required_background": (
            "A bachelor's in computer science, mathematics, statistics or engineering."
        ),
        "min_ielts": "6.5",
        "min_toefl": 90,
        "apply_url": "https://www.universityadmissions.se/",
        "official_url": "https://www.chalmers.se/en/education/find-masters-programme/data-science-and-ai-msc/",
        "sources": {
            "tuition": {
                "url": "https://www.chalmers.se/en/education/fees-finance/pages/tuition-fees.aspx",
                "intake": "2023-09-01",
                "checked": "2026-11-30",
            },
        },
        "courses": [
            ("Introduction to Data Science and AI", "required", 7.5, ["supervised-learning"]),
            ("Statistical Inference", "required", 7.5, ["statistics"]),
            ("Applied Machine Learning", "required", 7.5, ["supervised-learning"]),
            ("Deep Machine Learning", "elective", 7.5, ["deep-learning"]),
            (
                "Algorithms for Machine Learning and Inference",
                "elective",
                7.5,
                ["probabilistic-graphical-models", "optimisation"],
            ),
            ("Causal Inference", "elective", 7.5, ["causal-inference"]),
            ("Design of AI Systems", "elective", 7.5, ["mlops", "ethics-and-fairness"]),
        ],
        "faculty": [
            ("Fredrik Johansson", "Associate Professor", ["causal-inference"]),
            ("Devdatt Dubhashi", "Professor", ["supervised-learning", "optimisation"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-08-30",
                "deadlines": [
                    ("Applications close", "2027-01-15", ""),
                ],
            },
        ],
    },
    {
        "university": "aalto",
        "slug": "msc-machine-learning-data-science-ai",
        "title": "MSc Machine Learning, Data Science and Artificial Intelligence",
        "duration_months": 24,
        "description": (
            "A two-year major near Helsinki with unusual strength in Bayesian methods, "
            "thanks to the Finnish Center for Artificial Intelligence. Free for EU "
            "students, with scholarships for many others."
        ),
        "has_thesis": True,
        "tuition_amount": 0,
        "tuition_intl_amount": 15000,
        "tuition_currency": "EUR",
        "living_cost_monthly": 1100,
        "living_cost_currency": "EUR",
        "required_background": (
            "A bachelor's in computer science, mathematics, statistics or a related field."
        ),
        "min_ielts": "6.5",
        "min_toefl": 92,
        "apply_url": "https://www.aalto.fi/en/study-at-aalto/applying-to-masters-programmes",
        "official_url": "https://www.aalto.fi/en/study-options/machine-learning-data-science-and-artificial-intelligence-master-of-science-technology",
        "sources": {
            "tuition": {
                "url": "https://www.aalto.fi/en/study-options/communications-and-data-science-master-of-science-technology",
                "intake": None,
                "checked": "2026-11-30",
            },
        },
        "courses": [
            ("Machine Learning: Supervised Methods", "required", 5, ["supervised-learning"]),
            (
                "Machine Learning: Advanced Probabilistic Methods",
                "required",
                5,
                ["probabilistic-graphical-models"],
            ),
            ("Deep Learning", "elective", 5, ["deep-learning"]),
            ("Reinforcement Learning", "elective", 5, ["reinforcement-learning"]),
            (
                "Bayesian Data Analysis",
                "elective",
                5,
                ["statistics", "probabilistic-graphical-models"],
            ),
            (
                "Statistical Natural Language Processing",
                "elective",
                5,
                ["natural-language-processing"],
            ),
            ("Kernel Methods in Machine Learning", "elective", 5, ["supervised-learning"]),
        ],
        "faculty": [
            ("Aki Vehtari", "Professor", ["statistics", "probabilistic-graphical-models"]),
            ("Arno Solin", "Associate Professor", ["probabilistic-graphical-models"]),
            ("Samuel Kaski", "Professor", ["probabilistic-graphical-models", "generative-models"]),
        ],
        # The dates Aalto published for autumn 2025 entry; later rounds were not checked.
        "intakes": [
            {
                "starts_on": "2025-08-01",
                "url": "https://www.aalto.fi/en/study-at-aalto/applying-to-masters-programmes",
                "checked": "2026-11-30",
                "deadlines": [
                    ("Applications close", "2024-12-27", "3 pm Finnish time."),
                    ("Application documents", "2025-01-03", "3 pm Finnish time."),
                ],
            },
        ],
    },
    {
        "university": "helsinki",
        "slug": "master-data-science",
        "title": "Master's Programme in Data Science",
        "degree_type": "msc",
        "subject_area": "data_science",
        "duration_months": 24,
        "description": (
            "A Helsinki master's run by computer science, mathematics and statistics "
            "together, with tracks towards algorithms, infrastructure or statistical "
            "modelling. Free for EU students."
        ),
        "has_thesis": True,
        "tuition_amount": 0,
        "tuition_intl_amount": 15000,
        "tuition_currency": "EUR",
        "living_cost_monthly": 1100,
        "living_cost_currency": "EUR",
        "required_background": (
            "A bachelor's in computer science, mathematics, statistics or a related field."
        ),
        "min_ielts": "6.5",
        "min_toefl": 92,
        "apply_url": "https://www.helsinki.fi/en/admissions-and-education/apply-masters-programmes",
        "official_url": "https://www.helsinki.fi/en/degree-programmes/data-science-masters-programme",
        "courses": [
            ("Introduction to Machine Learning", "required", 5, ["supervised-learning"]),
            (
                "Advanced Course in Machine Learning",
                "required",
                5,
                ["unsupervised-learning", "supervised-learning"],
            ),
            ("Deep Learning", "elective", 5, ["deep-learning"]),
            ("Big Data Frameworks", "elective", 5, ["data-engineering"]),
            (
                "Distributed Data Infrastructures",
                "elective",
                5,
                ["data-engineering", "mlops"],
            ),
            ("Computational Statistics", "elective", 5, ["statistics"]),
            ("Trustworthy Machine Learning", "elective", 5, ["ethics-and-fairness"]),
        ],
        "faculty": [
            (
                "Antti Honkela",
                "Professor",
                ["ethics-and-fairness", "probabilistic-graphical-models"],
            ),
            ("Hannu Toivonen", "Professor", ["unsupervised-learning"]),
            ("Teemu Roos", "Professor", ["statistics"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-01",
                "deadlines": [
                    ("Applications close", "2027-01-04", ""),
                ],
            },
        ],
    },
    {
        "university": "ntnu",
        "slug": "msc-computer-science-ai",
        "title": "MSc in Computer Science (Artificial Intelligence)",
        "subject_area": "computer_science",
        "duration_months": 24,
        "description": (
            "A two-year computer science master's in Trondheim with an artificial "
            "intelligence specialisation. Norway now charges tuition to students from "
            "outside the EU/EEA; EU students pay only a small semester fee."
        ),
        "has_thesis": True,
        "tuition_amount": 0,
        "tuition_intl_amount": 190000,
        "tuition_currency": "NOK",
        "living_cost_monthly": 13000,
        "living_cost_currency": "NOK",
        "required_background": "A bachelor's in computer science or an equivalent degree.",
        "min_ielts": "6.5",
        "min_toefl": 90,
        "apply_url": "https://www.ntnu.edu/studies/admission",
        "official_url": "https://www.ntnu.edu/studies/mscs",
        "courses": [
            ("TDT4173 Machine Learning", "required", 7.5, ["supervised-learning"]),
            ("IT3030 Deep Learning", "elective", 7.5, ["deep-learning"]),
            (
                "TDT4265 Computer Vision and Deep Learning",
                "elective",
                7.5,
                ["computer-vision", "deep-learning"],
            ),
            (
                "TDT4171 Artificial Intelligence Methods",
                "required",
                7.5,
                ["probabilistic-graphical-models"],
            ),
            ("TDT4305 Big Data Architecture", "elective", 7.5, ["data-engineering"]),
        ],
        "faculty": [
            ("Keith Downing", "Professor", ["deep-learning"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-08-16",
                "deadlines": [
                    ("Applications close (non-EU/EEA)", "2026-12-01", ""),
                ],
            },
        ],
    },
    {
        "university": "sapienza",
        "slug": "msc-artificial-intelligence-robotics",
        "title": "MSc in Artificial Intelligence and Robotics",
        "subject_area": "artificial_intelligence",
        "duration_months": 24,
        "description": (
            "An English-taught Rome master's that joins machine learning, language and "
            "vision with a strong robotics tradition. Fees depend on family income; the "
            "figure shown is the top rate."
        ),
        "has_thesis": True,
        "tuition_amount": 2900,
        "tuition_currency": "EUR",
        "living_cost_monthly": 1100,
        "living_cost_currency": "EUR",
        "required_background": (
            "A bachelor's in computer science, computer engineering or a related field."
        ),
        "min_ielts": "6.0",
        "min_toefl": 80,
        "apply_url": "https://www.uniroma1.it/en/pagina/international-students",
        "official_url": "https://corsidilaurea.uniroma1.it/en/corso/2025/30431/home",
        "courses": [
            (
                "Machine Learning",
                "required",
                6,
                ["supervised-learning", "unsupervised-learning"],
            ),
            ("Robotics 1", "required", 6, ["robotics"]),
            ("Natural Language Processing", "elective", 6, ["natural-language-processing"]),
            ("Computer Vision", "elective", 6, ["computer-vision"]),
            ("Reinforcement Learning", "elective", 6, ["reinforcement-learning"]),
            ("Deep Learning and Applied AI", "elective", 6, ["deep-learning"]),
            ("Autonomous and Mobile Robotics", "elective", 6, ["robotics"]),
        ],
        "faculty": [
            ("Roberto Navigli", "Professor", ["natural-language-processing"]),
            ("Daniele Nardi", "Professor", ["robotics"]),
            ("Emanuele Rodolà", "Professor", ["deep-learning", "computer-vision"]),
        ],
        # Unsourced: dates to check against the official page.
        "intakes": [
            {
                "starts_on": "2027-09-27",
                "deadlines": [
                    ("Applications close (non-EU)", "2027-03-31", ""),
                ],
            },
        ],
    },
]
