"""`kb` entry point: parse, open the library, run one command, map errors to exit codes.

Exit codes (the contract): 0 success, 1 user error (bad input, not found), 2 usage,
3 damaged library (or not a library, or written by a newer kb_app).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from kb_app import logs, version
from kb_app.cli.commands import COMMANDS
from kb_app.cli.context import Context
from kb_app.cli.i18n import (
    HelpFormatter,
    error_json,
    error_lines,
    localise,
    say,
    section,
    tr,
)
from kb_app.cli.output import EXIT_SAVED_INDEX_BEHIND, emit_json
from kb_app.core.errors import KbError, UserError
from kb_app.core.library import storage_failure

EXIT_USAGE = 2
log = logging.getLogger("kb_app.cli")


def common_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=tr(
            "dossier de la bibliothèque (par défaut : $KB_LIBRARY ou le dossier des données "
            "de l'utilisateur)",
            "library folder (default: $KB_LIBRARY or the user data folder)",
        ),
    )
    parent.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help=tr("écrire du JSON", "print JSON"),
    )
    parent.add_argument(  # the log file: kb_app.logs
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help=tr(
            "journal détaillé, écrit aussi sur la sortie d'erreur",
            "detailed log, also written to stderr",
        ),
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="kb",
        parents=[common],
        description=tr(
            "Base de connaissances hors ligne sur la gouvernance territoriale.",
            "Offline knowledge base on territorial governance.",
        ),
        add_help=False,
        formatter_class=HelpFormatter,
    )
    localise(parser)
    parser.add_argument(
        "--version",
        action="version",
        version=f"kb {version()}",
        help=tr("afficher la version et quitter", "show the version and exit"),
    )
    sub = parser.add_subparsers(
        dest="command", metavar=tr("COMMANDE", "COMMAND"), title=section("commandes", "commands")
    )
    for name, module in COMMANDS.items():
        text = tr(*module.HELP)
        cmd = sub.add_parser(
            name,
            parents=[common],
            help=text,
            description=text,
            add_help=False,
            formatter_class=HelpFormatter,
        )
        localise(cmd)
        module.configure(cmd)
        cmd.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if getattr(args, "command", None) is None:
        args = parser.parse_args([*argv, "gui"])
    debug = logs.debug_asked(getattr(args, "debug", False))
    logs.setup(debug=debug, announce=False)  # the log file (kb_app.logs), faulthandler
    ctx = Context(library_path=getattr(args, "library", None), as_json=getattr(args, "json", False))
    try:
        code = int(args.run(ctx, args))
        return _index_behind(ctx) if code == 0 else code
    except KbError as exc:
        return _report(ctx, exc)
    except BrokenPipeError:
        # The reader went away (`kb ... | head`): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:
        storage_error = storage_failure(exc)
        if storage_error is not None:
            return _report(ctx, storage_error)
        file_error = _file_error(exc, argv) if isinstance(exc, OSError) else None
        if file_error is not None:
            return _report(ctx, file_error)
        if debug:
            raise  # the uncaught-exception hook logs it (kb_app.logs)
        log.error("internal error", exc_info=exc, extra=logs.FILE_ONLY)
        return _report(ctx, KbError("internal.error", kind=type(exc).__name__, detail=str(exc)))
    finally:
        ctx.close()


def _named_file(exc: OSError, argv: Sequence[str]) -> str | None:
    """The path typed on the command line that this error is about, else None.

    The error's file is that path itself, or a file written beside it under a longer name
    (``out.bib.part``, the temporary an export renames at the end).
    """
    if exc.filename is None:
        return None
    failed = os.path.abspath(os.fsdecode(exc.filename))
    for token in argv:
        typed = token.split("=", 1)[1] if token.startswith("--") and "=" in token else token
        if not typed or typed.startswith("-"):
            continue
        path = os.path.abspath(typed)
        if failed == path or failed.startswith(path + "."):
            return typed
    return None


def _file_error(exc: OSError, argv: Sequence[str]) -> KbError | None:
    """A file the user named that cannot be read or written: a user error (exit 1) naming
    it, instead of an internal error (the commands meet their files before they write)."""
    named = _named_file(exc, argv)
    if named is None:
        return None
    folder = os.path.dirname(os.path.abspath(named))
    if isinstance(exc, FileNotFoundError) and not os.path.isdir(folder):
        return UserError("file.folder_missing", path=named, folder=folder)
    if isinstance(exc, FileNotFoundError):
        return UserError("file.not_found", path=named)
    if isinstance(exc, PermissionError):
        return UserError("file.permission_denied", path=named)
    if isinstance(exc, IsADirectoryError):
        return UserError("file.is_folder", path=named)
    return UserError("file.cannot_open", path=named, detail=exc.strerror or str(exc))


def _index_behind(ctx: Context) -> int:
    """A change saved that the search index could not follow (a full disk): say what was
    saved and what catches up, with its own exit code (not « nothing was saved »)."""
    library = ctx.opened
    lag = library.index_lag() if library is not None else None
    if lag is None:
        return 0
    text = say(
        "outcome.saved_index_behind", database=lag.database, reason=lag.reason, pending=lag.pending
    )
    print(f"kb: {text}", file=sys.stderr)
    return EXIT_SAVED_INDEX_BEHIND


def _report(ctx: Context, exc: KbError) -> int:
    """The error on stderr in the user's language; under --json, also its code on stdout."""
    lines = error_lines(exc)
    print(f"kb: {lines[0]}", *lines[1:], sep="\n", file=sys.stderr)
    if ctx.as_json:
        emit_json(error_json(exc))
    return exc.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
