"""After-the-degree facts of demo programmes, as their official pages state them.

One entry per programme, keyed by (university slug, programme slug). A key left out
means the programme's pages do not say: the site shows it as "not published". Within an
entry, a fact left out is likewise not published, never "no".

Each fact names the official page it was read on: placement facts (placement, its
length and pay, a sponsored project) under ``sources["placement"]``, careers support
under ``sources["careers"]``; every destination row carries its own ``source_url``,
what was counted and who reported it. ``intake`` is the first day of the intake a page
speaks for, None when it names none; ``checked`` is when the page was read.
"""

CHECKED = "2026-11-30"


def source(url: str, intake: str | None = None) -> dict:
    return {"url": url, "intake": intake, "checked": CHECKED}


CAREERS = {
    # Americas -------------------------------------------------------------------------
    ("carnegie-mellon", "ms-machine-learning"): {
        # Students choose a summer internship or summer research.
        "placement": "optional",
        "sources": {
            "placement": source(
                "https://ml.cmu.edu/prospective-students/admitted-ms-student-information"
            ),
        },
    },
    ("mit", "master-business-analytics"): {
        # Student teams are matched with host companies for the analytics capstone.
        "sponsored_project": True,
        "sources": {
            "placement": source("https://mitsloan.mit.edu/node/50395"),
        },
    },
    ("georgia-tech", "omsa"): {
        # The required Applied Analytics Practicum is a project for a company or organisation.
        "sponsored_project": True,
        "sources": {
            "placement": source(
                "https://www.analytics.gatech.edu/curriculum/applied-analytics-practicum"
                "?field_faq_category_target_id_entityreference_filter=79"
            ),
        },
    },
    ("columbia", "ms-data-science"): {
        # The capstone is a semester-long project sponsored by an outside organisation.
        "sponsored_project": True,
        "sources": {
            "placement": source("https://industry.datascience.columbia.edu/capstone"),
        },
    },
    ("nyu", "ms-data-science"): {
        # The required capstone problem typically comes from industry, with an
        # industry-sourced data set.
        "sponsored_project": True,
        "sources": {
            "placement": source("https://gsas.nyu.edu/bulletin/data-science/ms-data-science.html"),
        },
    },
    ("toronto", "mscac-artificial-intelligence"): {
        # An eight-month applied research internship at a partner organisation.
        "placement": "required",
        "placement_months": 8,
        "sources": {
            "placement": source("https://mscac.utoronto.ca/partner-guidelines"),
        },
    },
    ("montreal", "professional-masters-machine-learning"): {
        # The professional master's is the internship option of the M.Sc. in computer
        # science; Mila finds and coordinates the internships.
        "placement": "required",
        "sources": {
            "placement": source("https://mila.quebec/en/professional-programs/", "2024-09-01"),
        },
    },
    # United Kingdom -------------------------------------------------------------------
    ("imperial", "msc-artificial-intelligence"): {
        # The individual project may be taken as an internship in industry.
        "placement": "optional",
        "careers_service": True,
        # The Careers Service's jobs board is open to Imperial students and graduates.
        "support_after_graduating": True,
        "sources": {
            "placement": source("https://imperial.ac.uk/computing/current-students/courses/70078"),
            "careers": source(
                "https://www.imperial.ac.uk/careers/employers/recruit/"
                "advertising-your-opportunities/advertising-opportunities-terms-and-conditions/"
            ),
        },
    },
    ("edinburgh", "msc-artificial-intelligence"): {
        "careers_service": True,
        "support_after_graduating": True,
        "support_after_months": 24,
        "sources": {
            "careers": source(
                "https://www.ed.ac.uk/careers/about-us/privacy-statement-students-graduates"
            ),
        },
    },
    ("edinburgh", "msc-data-science-technology-innovation-online"): {
        "careers_service": True,
        "support_after_graduating": True,
        "support_after_months": 24,
        "sources": {
            "careers": source(
                "https://www.ed.ac.uk/careers/about-us/privacy-statement-students-graduates"
            ),
        },
    },
    ("oxford", "msc-advanced-computer-science"): {
        # The Careers Service gives alumni access to careers advice and has them mentor
        # students.
        "careers_service": True,
        "alumni_network": True,
        "support_after_graduating": True,
        "sources": {
            "careers": source("https://www.careers.ox.ac.uk/mission-statement-policies"),
        },
    },
    # Continental Europe ---------------------------------------------------------------
    ("epfl", "msc-data-science"): {
        # A compulsory industry internship: eight weeks in summer, a six-month semester,
        # or combined with the master's project.
        "placement": "required",
        "sources": {
            "placement": source("https://www.epfl.ch/schools/ic/education/master/data-science/"),
        },
    },
    ("uva", "msc-artificial-intelligence"): {
        # Up to 12 EC of electives may be an internship or a project with a company.
        "placement": "optional",
        "sources": {
            "placement": source(
                "https://student.uva.nl/ai/content/az/internships-and-external-projects-"
                "artificial-intelligence/internships-and-external-projects-artificial-"
                "intelligence.html?origin=f2I7AWT%2BScu1mANkAbWjBQ"
            ),
        },
    },
}
