"""`kb` entry point: parse, open the library, run one command, map errors to exit codes.

Exit codes (the contract): 0 success, 1 user error (bad input, not found), 2 usage,
3 damaged library (or not a library, or written by a newer kb_app).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from kb_app import __version__
from kb_app.cli.commands import COMMANDS
from kb_app.cli.context import Context
from kb_app.cli.output import emit_json
from kb_app.core.errors import KbError, ValidationError
from kb_app.core.library import storage_failure

EXIT_USAGE = 2


def common_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="library folder (default: $KB_LIBRARY or the user data folder)",
    )
    parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="kb",
        parents=[common],
        description="Base de connaissances hors ligne sur la gouvernance territoriale.",
    )
    parser.add_argument("--version", action="version", version=f"kb {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS.items():
        cmd = sub.add_parser(name, parents=[common], help=module.HELP, description=module.HELP)
        module.configure(cmd)
        cmd.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if getattr(args, "command", None) is None:
        args = parser.parse_args([*argv, "gui"])
    ctx = Context(library_path=getattr(args, "library", None), as_json=getattr(args, "json", False))
    try:
        return int(args.run(ctx, args))
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
        if os.environ.get("KB_DEBUG"):
            raise
        return _report(
            ctx,
            KbError(
                f"internal error ({type(exc).__name__}: {exc}); "
                "run again with KB_DEBUG=1 for details"
            ),
        )
    finally:
        ctx.close()


def _report(ctx: Context, exc: KbError) -> int:
    print(f"kb: {exc}", file=sys.stderr)
    if ctx.as_json:
        problems = exc.problems if isinstance(exc, ValidationError) else []
        emit_json(
            {
                "error": str(exc).split("\n")[0],
                "exit_code": exc.exit_code,
                "problems": [
                    {"where": p.where, "line": p.line, "message": p.message} for p in problems
                ],
            }
        )
    return exc.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
