"""Reference data shared by the demo catalogue and the synthetic generator.

Other code filters on these topic slugs: rename one only together with its users.
"""

# (slug, name, description)
TOPICS = [
    (
        "supervised-learning",
        "Supervised learning",
        "Learning to predict a label or a number from examples that come with the answer.",
    ),
    (
        "unsupervised-learning",
        "Unsupervised learning",
        "Finding structure such as clusters, components or densities in data without labels.",
    ),
    (
        "deep-learning",
        "Deep learning",
        "Neural networks with many layers, and the tricks that make them train and generalise.",
    ),
    (
        "natural-language-processing",
        "Natural language processing",
        "Getting computers to understand, translate and generate human language.",
    ),
    (
        "reinforcement-learning",
        "Reinforcement learning",
        "Agents that learn which actions to take by trial, error and reward.",
    ),
    (
        "probabilistic-graphical-models",
        "Probabilistic graphical models",
        "Graphs that encode how random variables depend on one another, and inference in them.",
    ),
    (
        "computer-vision",
        "Computer vision",
        "Recognising, tracking and reconstructing the world from images and video.",
    ),
    (
        "ethics-and-fairness",
        "Ethics and fairness",
        "Bias, privacy, accountability and the social effects of deployed models.",
    ),
    (
        "mlops",
        "MLOps",
        "Shipping models to production and keeping them monitored, reproducible and up to date.",
    ),
    (
        "statistics",
        "Statistics",
        "Estimation, testing and uncertainty: the mathematical footing of learning from data.",
    ),
    (
        "optimisation",
        "Optimisation",
        "Methods for finding the best parameters, from gradient descent to convex programming.",
    ),
    (
        "robotics",
        "Robotics",
        "Perception, planning and control for machines that move and act in the physical world.",
    ),
    (
        "data-engineering",
        "Data engineering",
        "Storing, moving and processing data at scale so that analysis and models can use it.",
    ),
    (
        "causal-inference",
        "Causal inference",
        "Telling cause from correlation with experiments, observational data and causal models.",
    ),
    (
        "generative-models",
        "Generative models",
        "Models that produce new text, images or other data, such as diffusion models and VAEs.",
    ),
    (
        "information-retrieval",
        "Information retrieval",
        "Search and recommendation: finding the documents or items that answer a need.",
    ),
]

# Approximate mid-market rates: the value of one unit in EUR.
RATES_AS_OF = "2026-11-02"
EXCHANGE_RATES = [
    ("USD", "US dollar", "0.870000"),
    ("GBP", "Pound sterling", "1.150000"),
    ("CHF", "Swiss franc", "1.070000"),
    ("CAD", "Canadian dollar", "0.620000"),
    ("AUD", "Australian dollar", "0.565000"),
    ("NZD", "New Zealand dollar", "0.505000"),
    ("SGD", "Singapore dollar", "0.665000"),
    ("HKD", "Hong Kong dollar", "0.112000"),
    ("JPY", "Japanese yen", "0.005750"),
    ("INR", "Indian rupee", "0.009900"),
    ("AED", "UAE dirham", "0.237000"),
    ("SEK", "Swedish krona", "0.091000"),
    ("DKK", "Danish krone", "0.134000"),
    ("NOK", "Norwegian krone", "0.085000"),
    ("PLN", "Polish złoty", "0.235000"),
    ("CNY", "Chinese yuan", "0.121000"),
    ("KRW", "South Korean won", "0.000630"),
]
