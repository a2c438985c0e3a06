"""ppid-mailer: the mail daemon of a PPID public-information request desk."""

__version__ = "0.1.0"
