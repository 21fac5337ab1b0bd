"""Command line: `assistant parse|index|retrieve|ask|eval|serve`."""

from __future__ import annotations

import argparse
import sys

from . import commands, commands_answer, commands_compare
from .options import UserError

DESCRIPTION = """\
Answer questions about UN resolutions with exact paragraph citations.

The bundled corpus is General Assembly resolution 72/179, "Protection of migrants".
The index lives in ./index beside the project (or $ASSISTANT_INDEX); `assistant index` builds it
(`make run` does so for the bundled resolution). Reading commands never write an index.
"""
EPILOG = """\
examples:
  assistant retrieve "Can migrant children be detained?"
  assistant retrieve "What does paragraph 4 (k) say?" --k 3 --json
  assistant ask "Which treaties are States urged to ratify?"
  assistant serve --port 7860
  assistant parse ../shared/corpus/curated/A_RES_78_217.txt --json | jq '.clauses | length'
  assistant index data/A_RES_72_179_protection_of_migrants.txt more/A_RES_78_217.pdf
  assistant eval eval/dev.jsonl --k 10
  assistant series "Protection of migrants"
  assistant compare 72/179 80/218 --only new
"""


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args) or 0
    except UserError as exc:
        print(f"assistant: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head`
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the known failure types below carry one-line messages
        if _is_known(exc):
            print(f"assistant: error: {exc}", file=sys.stderr)
            return 2
        raise


def _is_known(exc: Exception) -> bool:
    from assistant.answers.llm import LLMConfigError, LLMError
    from assistant.documents.parser import NotAResolution
    from assistant.embeddings.assembled import ModelAssemblyError
    from assistant.embeddings.encoder import UnknownModel
    from assistant.embeddings.export import ExportError
    from assistant.embeddings.store import IndexProblem
    from assistant.eval.questions import QuestionFileError
    from assistant.questions.typed import QuestionError
    from assistant.search.filters import FilterError

    known = (IndexProblem, QuestionError, NotAResolution, QuestionFileError, FileNotFoundError, LLMConfigError,
             LLMError, ModelAssemblyError, ExportError, UnknownModel, FilterError)
    return isinstance(exc, known)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant", description=DESCRIPTION, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.register(sub)
    commands_answer.register(sub)
    commands_compare.register(sub)
    return parser
