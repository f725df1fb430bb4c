"""Actor-lookup benchmark: how many phrases per second ``ActorKB.lookup`` resolves.

Not a test: it prints the best of ``--rounds`` rounds over a fixed mix of phrases (countries,
sides, titled people, towns, media, groups), each repeated ``--repeat`` times::

    .venv/bin/python benchmarks/kb_lookup.py --repeat 500 --rounds 3
"""

from __future__ import annotations

import argparse
import time

from newsevents.resolve.kb import load_kb

PHRASES = (
    "China", "the Indian side", "Chinese State Councilor and Defense Minister Wei Fenghe",
    "Christchurch", "US-led coalition", "the Kremlin", "protesters",
    "UN Secretary-General Antonio Guterres", "Global Times", "local residents",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=500, help="times each phrase is looked up per round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    kb = load_kb()
    print(f"knowledge base loaded in {time.perf_counter() - started:.2f} s")
    phrases = list(PHRASES) * args.repeat
    rates = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        for phrase in phrases:
            kb.lookup(phrase)
        rates.append(len(phrases) / (time.perf_counter() - start))
    print(f"{len(phrases)} lookups per round, best {max(rates):,.0f} lookups/s, "
          f"worst {min(rates):,.0f} lookups/s over {args.rounds} rounds")


if __name__ == "__main__":
    main()
