"""Static files as production serves them: minified, then hashed and compressed."""

from pathlib import Path

import rcssmin
import rjsmin
from django.core.files.base import ContentFile
from whitenoise.storage import CompressedManifestStaticFilesStorage

MINIFIERS = {".css": rcssmin.cssmin, ".js": rjsmin.jsmin}
# Swagger UI for the API's docs page comes built and minified with django-ninja; a
# second pass breaks it.
BUILT_ELSEWHERE = ("ninja/",)


class MinifiedStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's hashed, compressed, far-future cacheable files, minified first.

    The sources in static/ stay readable. collectstatic copies them, this storage minifies the
    copied stylesheets and scripts (vendored *.min.js files and the packages' own builds
    come minified), and the hashing and compression then work on the minified copies.
    """

    def post_process(self, paths, dry_run=False, **options):
        if not dry_run:
            paths = dict(paths)
            for name in paths:
                minifier = MINIFIERS.get(Path(name).suffix)
                built = name.endswith(".min.js") or name.startswith(BUILT_ELSEWHERE)
                if minifier and not built:
                    self.minify(name, minifier)
                    paths[name] = (self, name)
        yield from super().post_process(paths, dry_run, **options)

    def minify(self, name: str, minifier) -> None:
        with self.open(name) as copied:
            text = copied.read().decode()
        self.delete(name)
        self.save(name, ContentFile(minifier(text).encode()))
