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
        # The university careers centre has consultants for graduate computer science.
        "careers_service": True,
        "sources": {
            "placement": source(
                "https://ml.cmu.edu/prospective-students/admitted-ms-student-information"
            ),
            "careers": source("https://www.cmu.edu/career/outcomes/data-definitions.html"),
        },
    },
    ("carnegie-mellon", "master-language-technologies"): {
        # The university careers centre has consultants for graduate computer science.
        "careers_service": True,
        "sources": {
            "careers": source("https://www.cmu.edu/career/outcomes/data-definitions.html"),
        },
    },
    ("stanford", "ms-computer-science-ai"): {
        # Stanford Career Education runs autumn career fairs on campus and online.
        "careers_service": True,
        "employer_events": True,
        "sources": {
            "careers": source(
                "https://careered.stanford.edu/employers/recruiting-calendar-guidelines",
                "2025-09-22",
            ),
        },
    },
    ("mit", "master-business-analytics"): {
        # Student teams are matched with host companies for the analytics capstone.
        "sponsored_project": True,
        # MIT's careers office runs career fairs; graduates join the alumni association.
        "careers_service": True,
        "employer_events": True,
        "alumni_network": True,
        "sources": {
            "placement": source("https://mitsloan.mit.edu/node/50395"),
            "careers": source("https://mitadmissions.org/discover/about-mit/life-after-mit/"),
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
        # Columbia Engineering's Graduate Career Placement office supports its students.
        "careers_service": True,
        "sources": {
            "placement": source("https://industry.datascience.columbia.edu/capstone"),
            "careers": source(
                "https://career.engineering.columbia.edu/content/student-policies-guidelines"
            ),
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
        # The Career Centre counsels graduates for two years after graduating and runs an
        # on-campus recruitment programme.
        "careers_service": True,
        "employer_events": True,
        "support_after_graduating": True,
        "support_after_months": 24,
        "sources": {
            "placement": source("https://mscac.utoronto.ca/partner-guidelines"),
            "careers": source(
                "https://governingcouncil.utoronto.ca/secretariat/policies/"
                "career-centre-policy-march-24-1987"
            ),
        },
    },
    ("montreal", "professional-masters-machine-learning"): {
        # The professional master's is the internship option of the M.Sc. in computer
        # science; Mila finds and coordinates the internships.
        "placement": "required",
        # Mila holds a job fair twice a year where industry partners meet its students.
        "employer_events": True,
        "sources": {
            "placement": source("https://mila.quebec/en/professional-programs/", "2024-09-01"),
            "careers": source(
                "https://mila.quebec/en/news/"
                "mila-virtual-job-fair-a-success-for-industry-partners-and-students"
            ),
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
    ("cambridge", "mphil-machine-learning-machine-intelligence"): {
        # Full support for graduates of the last two years; older graduates keep access,
        # with one-to-one appointments outside term only.
        "careers_service": True,
        "support_after_graduating": True,
        "sources": {
            "careers": source("https://www.careers.cam.ac.uk/eligibility-statement"),
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
    ("eth-zurich", "msc-data-science"): {
        # Every ETH master's graduate may join the ETH Alumni Association, for life.
        "alumni_network": True,
        "sources": {
            "careers": source("https://alumni.ethz.ch/en/welcome/faq.html"),
        },
    },
    ("epfl", "msc-data-science"): {
        # A compulsory industry internship: eight weeks in summer, a six-month semester,
        # or combined with the master's project.
        "placement": "required",
        # EPFL Alumni gives graduates a worldwide directory and network.
        "alumni_network": True,
        "sources": {
            "placement": source("https://www.epfl.ch/schools/ic/education/master/data-science/"),
            "careers": source("https://epflalumni.ch/fr/page/our-mission"),
        },
    },
    ("ens-paris-saclay", "master-mva"): {
        # The year includes a compulsory internship worth 20 ECTS.
        "placement": "required",
        "sources": {
            "placement": source("https://master-mva.com/formation-mva/modalites-de-validation"),
        },
    },
    ("tu-delft", "msc-computer-science-ai-technology"): {
        # The university Career Centre offers workshops and one-to-one appointments.
        "careers_service": True,
        "sources": {
            "careers": source("https://delta.tudelft.nl/article/applying-jobs-nl-clone"),
        },
    },
    ("kth", "msc-machine-learning"): {
        # KTH's alumni network counts 32,000 members in 19 chapters.
        "alumni_network": True,
        "sources": {
            "careers": source(
                "https://www.kth.se/blogs/president/2023/06/kths-ambassadors-make-a-difference/"
            ),
        },
    },
    ("aalto", "msc-machine-learning-data-science-ai"): {
        # Every graduate is part of the Aalto alumni community, with alumni societies.
        "alumni_network": True,
        "sources": {
            "careers": source("https://www.aalto.fi/en/international-students/after-graduation"),
        },
    },
    ("helsinki", "master-data-science"): {
        # Career Services also serve alumni who graduated less than a year ago.
        "careers_service": True,
        "support_after_graduating": True,
        "support_after_months": 12,
        "sources": {
            "careers": source(
                "https://studies.helsinki.fi/instructions/article/personal-career-and-future"
            ),
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
    # Asia and Oceania -----------------------------------------------------------------
    ("iisc", "mtech-artificial-intelligence"): {
        # The placement office runs campus placements for current students; graduates of
        # earlier years may not register again.
        "careers_service": True,
        "employer_events": True,
        "support_after_graduating": False,
        "sources": {
            "careers": source("https://occap.iisc.ac.in/?p=38"),
        },
    },
}
