"""Sample letters for `ppid-mailer demo` (fictional people; NIKs are made up)."""
