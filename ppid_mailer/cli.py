"""The `ppid-mailer` command: parse arguments, build the adapters once, run one command.

Every PpidError ends as one line on stderr and a non-zero exit, never a traceback: a sysadmin
reading a systemd journal must see what to fix.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .adapters.clock import SystemClock
from .adapters.connection import open_database, redact_url
from .adapters.migrations import schema_version, upgrade
from .config import Settings, load_settings
from .errors import ConfigError, PpidError
from .log import setup_logging
from .service import listings, repair
from .service.daemon import run_forever, run_once
from .service.runtime import build_runtime, open_store

EXIT_ERROR = 1
EXIT_CONFIG = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ppid-mailer", description="Mail daemon of a PPID public-information request desk."
    )
    parser.add_argument(
        "--config", help="settings file (default: $PPID_MAILER_CONFIG or ./settings.ini)"
    )
    parser.add_argument("--version", action="version", version=f"ppid-mailer {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="fetch, process and send; forever, or once with --once")
    run.add_argument(
        "--once", action="store_true", help="one pass over everything waiting, then exit 0"
    )
    sub.add_parser(
        "check",
        help="check settings, IMAP, SMTP and the database; non-zero if any fails; warn of "
        "secrets that others may read",
    )
    db = sub.add_parser("db", help="database schema").add_subparsers(
        dest="db_command", required=True
    )
    db.add_parser("upgrade", help="create or upgrade the schema")

    requests = sub.add_parser("requests", help="information requests").add_subparsers(
        dest="requests_command", required=True
    )
    listing = requests.add_parser("list", help="list requests")
    listing.add_argument("--status", help="only this status code (e.g. registered)")
    listing.add_argument("--overdue", action="store_true", help="only requests past their due date")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    show = requests.add_parser("show", help="one request with its attachments and audit trail")
    show.add_argument("number")
    show.add_argument("--json", action="store_true")

    inbound = sub.add_parser("inbound", help="stored inbound messages").add_subparsers(
        dest="inbound_command", required=True
    )
    inbound_list = inbound.add_parser("list", help="list inbound messages")
    inbound_list.add_argument("--state", help="new, done, held, shunted or duplicate")
    replay = inbound.add_parser("replay", help="process a held or shunted message again")
    replay.add_argument("id", type=int)

    outbox = sub.add_parser("outbox", help="outgoing messages").add_subparsers(
        dest="outbox_command", required=True
    )
    outbox_list = outbox.add_parser("list", help="list outgoing messages")
    outbox_list.add_argument("--state", help="pending, sent, failed, bounced or suppressed")
    retry = outbox.add_parser("retry", help="send a failed, deferred or suppressed message now")
    retry.add_argument("id", type=int)

    report = sub.add_parser("report", help="reports").add_subparsers(
        dest="report_command", required=True
    )
    annual = report.add_parser("annual", help="the annual report (Perki 1/2021 Pasal 56)")
    annual.add_argument("--year", type=int, required=True)
    annual.add_argument("--format", choices=("md", "csv", "html"), default="md")
    register = sub.add_parser("register", help="the register book").add_subparsers(
        dest="register_command", required=True
    )
    export = register.add_parser("export", help="the register of requests (or objections) as CSV")
    export.add_argument("--year", type=int, required=True)
    export.add_argument("--objections", action="store_true", help="the objection register instead")

    purge = sub.add_parser(
        "purge",
        help="delete every copy of the ID copies and citizens' files of requests closed longer "
        "than [retention] id_copy_days, and mail tied to no request fetched longer ago; then "
        "rewrite the database tables that held them",
    )
    purge.add_argument("--dry-run", action="store_true", help="only say what would be deleted")
    purge.add_argument(
        "--days",
        type=_days,
        metavar="N",
        help="this many days instead of [retention] id_copy_days, for this run (0: all closed)",
    )

    demo = sub.add_parser(
        "demo", help="process the bundled sample letters on SQLite, a Maildir and a pickup folder"
    )
    demo.add_argument("--dir", default="ppid-demo", help="working folder (default: ./ppid-demo)")
    return parser


def _days(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(
            f"must be a whole number of days, 0 or more, not {value!r}"
        )
    return int(value)


def config_path(args: argparse.Namespace) -> Path:
    return Path(args.config or os.environ.get("PPID_MAILER_CONFIG") or "settings.ini")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            from .service.demo import run_demo

            setup_logging("WARNING")
            return run_demo(Path(args.dir))
        settings = load_settings(config_path(args))
        setup_logging(settings.log.level, settings.log.format)
        return COMMANDS[args.command](settings, args)
    except ConfigError as exc:
        print(f"ppid-mailer: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except PpidError as exc:
        print(f"ppid-mailer: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    rt = build_runtime(settings)
    if args.once:
        result = run_once(rt)
        return EXIT_ERROR if result.inbox_error else 0
    run_forever(rt)
    return 0


def cmd_check(settings: Settings, args: argparse.Namespace) -> int:
    from .service.health import exposed_secrets, run_checks

    lines = run_checks(settings)
    for number, (ok, line) in enumerate(lines):
        print(("ok    " if ok else "FAIL  ") + line)
        if number == 0:  # after the settings line: warnings do not fail the check
            for warning in exposed_secrets(settings):
                print("warn  " + warning)
    return 0 if all(ok for ok, _ in lines) else EXIT_ERROR


def cmd_db(settings: Settings, args: argparse.Namespace) -> int:
    db = open_database(settings.database.url)
    applied = upgrade(db, SystemClock().now())
    version = schema_version(db)
    print(
        f"database {redact_url(settings.database.url)}: schema version {version}"
        + (f" (applied {', '.join(map(str, applied))})" if applied else " (already current)")
    )
    return 0


def cmd_requests(settings: Settings, args: argparse.Namespace) -> int:
    store = open_store(settings, SystemClock(), auto_upgrade=False)
    if args.requests_command == "list":
        items = listings.request_list(store, settings, args.status, args.overdue)
        print(
            json.dumps(items, ensure_ascii=False, indent=2)
            if args.json
            else listings.request_table(items)
        )
        return 0
    item = listings.request_detail(store, settings, args.number)
    if item is None:
        print(f"ppid-mailer: no request numbered {args.number!r}", file=sys.stderr)
        return EXIT_ERROR
    print(
        json.dumps(item, ensure_ascii=False, indent=2) if args.json else listings.request_text(item)
    )
    return 0


def cmd_inbound(settings: Settings, args: argparse.Namespace) -> int:
    store = open_store(settings, SystemClock(), auto_upgrade=False)
    if args.inbound_command == "list":
        print(listings.inbound_table(store, args.state))
        return 0
    message = repair.replay_inbound(store, args.id)
    print(message)
    return 0 if message.startswith("inbound") else EXIT_ERROR


def cmd_outbox(settings: Settings, args: argparse.Namespace) -> int:
    store = open_store(settings, SystemClock(), auto_upgrade=False)
    if args.outbox_command == "list":
        print(listings.outbox_table(store, args.state))
        return 0
    message = repair.retry_outbound(store, args.id, SystemClock().now())
    print(message)
    return 0 if message.startswith("outbox") else EXIT_ERROR


def cmd_report(settings: Settings, args: argparse.Namespace) -> int:
    from .service.annual import annual_report

    rt = build_runtime(settings, auto_upgrade=False)
    sys.stdout.write(annual_report(rt, args.year, args.format))
    return 0


def cmd_register(settings: Settings, args: argparse.Namespace) -> int:
    from .core import reports
    from .service.annual import objection_rows, request_rows

    rt = build_runtime(settings, auto_upgrade=False)
    if args.objections:
        sys.stdout.write(reports.objection_register_csv(objection_rows(rt, args.year)))
    else:
        sys.stdout.write(reports.register_csv(request_rows(rt, args.year)))
    return 0


def cmd_purge(settings: Settings, args: argparse.Namespace) -> int:
    from .service import retention

    rt = build_runtime(settings, auto_upgrade=False)
    now = rt.clock.now()
    with rt.store.atomic():
        result = retention.purge(rt, now, dry_run=args.dry_run, days=args.days)
    verb = "would delete" if args.dry_run else "deleted"
    print(
        f"{verb} {result.summary()}"
        + (f": {', '.join(result.requests)}" if result.requests else "")
    )
    if args.dry_run:
        return 0
    # Also what the daemon purged since the last rewrite: the operator asked for it now.
    rewrite = result.removed or retention.rewrite_pending()
    if retention.erase(rt, now, purged=result.removed, rewrite=rewrite):
        print("rewrote the database tables that held them: the bytes are gone from its files")
    elif rewrite:
        print(
            "the database tables could not be rewritten now (another session may still see "
            "the deleted rows, or is rewriting them): the daemon does it at a later job run"
        )
    return 0


COMMANDS: dict[str, Callable[[Settings, argparse.Namespace], int]] = {
    "run": cmd_run,
    "check": cmd_check,
    "db": cmd_db,
    "requests": cmd_requests,
    "inbound": cmd_inbound,
    "outbox": cmd_outbox,
    "purge": cmd_purge,
    "report": cmd_report,
    "register": cmd_register,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
