"""Logging for the site: what an outsider can make the server log stays small."""

import logging


class OneLineWarning(logging.Filter):
    """A request Django refused as suspicious (a Host the site does not serve, a body or
    a form too large) is the client's doing, not a fault of the site: log it as one
    line at WARNING, without a traceback, so that nobody can flood the log with them
    or set off alerts meant for errors."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno > logging.WARNING:
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        message = record.getMessage()
        record.msg = message.replace("\r", "\\r").replace("\n", "\\n")
        record.args = ()
        record.exc_info = record.exc_text = record.stack_info = None
        return True
