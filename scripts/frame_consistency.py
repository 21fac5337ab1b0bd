"""Whether a topic asked in different frames gets the same answer, over the open index.

    python scripts/frame_consistency.py [--json]

"Does the resolution mention X?", "Is there a provision on X?", "What is its position on X?", "Tell me about
X", "X?" ... ask the same thing; a user who rephrases should not get a different citation, or an abstention. Prints, per topic, how
many different answers (cited ids, or "abstain") its frames got, then how many topics got one answer.
The topics are everyday subjects of migration resolutions, not eval questions; some are not in A/RES/72/179.
"""

from __future__ import annotations

import argparse
import json

from tqdm import tqdm

from assistant import Assistant

TOPICS = ("climate change", "remittances", "the detention of migrant children", "family reunification",
          "consular assistance", "trafficking in persons", "xenophobia", "women migrant workers",
          "education for migrant children", "the Global Compact", "domestic workers", "racial discrimination",
          "the return of migrants", "smuggling of migrants", "labour exploitation", "LGBTI migrants",
          "the death penalty", "artificial intelligence", "refugee camps", "the right to vote")
FRAMES = ("What does the resolution say about {}?", "Does the resolution mention {}?", "Is there a provision on {}?",
          "Is there anything on {}?", "What is the resolution's position on {}?", "Does it address {}?",
          "Does the text talk about {}?", "Tell me about {}", "Tell me what the resolution says about {}.",
          "Anything about {}?", "{}?", "How does the resolution address {}?", "What is said about {}?",
          "How does it deal with {}?", "Is {} addressed in the resolution?", "Is {} mentioned?")


def answers_by_frame(assistant: Assistant, topic: str) -> list[str]:
    """One answer per frame: the cited ids joined, or "abstain"."""
    found = []
    for frame in FRAMES:
        answer = assistant.answer(frame.format(topic))
        found.append(" ".join(sorted(c.id for c in answer.citations)) or "abstain")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON object instead of lines")
    args = parser.parse_args()
    assistant = Assistant.open(build=True)
    rows = {topic: answers_by_frame(assistant, topic) for topic in tqdm(TOPICS, desc="topics", unit="topic")}
    same = sum(len(set(found)) == 1 for found in rows.values())
    if args.json:
        print(json.dumps({"topics": len(rows), "answered_alike": same, "answers": rows}, indent=2))
        return
    for topic, found in rows.items():
        print(f"{len(set(found))}  {topic:36}  {' | '.join(found)}")
    print(f"{same} of {len(rows)} topics got the same answer in all {len(FRAMES)} frames")


if __name__ == "__main__":
    main()
