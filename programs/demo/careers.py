"""After-the-degree facts of demo programmes, as their official pages state them.

Keyed by ``(university slug, programme slug)``; each entry may give ``placement``
("none", "optional" or "required"), ``placement_months``, ``placement_paid``,
``sponsored_project``, ``careers_service``, ``employer_events``, ``alumni_network``,
``support_after_graduating`` and ``support_after_months``: a key left out is not
published. ``sources`` gives the official page for ``placement`` and ``careers`` (``{"url",
"intake" (YYYY-MM-DD or None), "checked"}``); ``destinations`` gives each year's figures
on where graduates went (``Outcome`` fields, ``salary_currency`` as a code, ``roles`` as
role slugs, with ``source_url``, ``checked``, ``counted`` and ``reported_by``). The
loader (``programs.demo``) applies them over the programme's own data: a destination of
a year the programme already has updates that year's figures.
"""

CAREERS: dict = {}
