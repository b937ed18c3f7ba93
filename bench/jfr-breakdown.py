#!/usr/bin/env python3
"""Where the time goes: groups a JFR recording's execution samples by pipeline stage.

usage: bench/jfr-breakdown.py recording.jfr [thread-name-substring]
Each sample is counted once, under the first stage (in the order below) any of its frames
belongs to; so SUTime called from the date extractor counts as dates, not as TokensRegex.
"""
import collections, re, subprocess, sys

STAGES = [
    ("dates (DateExtractor + SUTime)", ("org.newsline.enrich.dates", "edu.stanford.nlp.time.")),
    ("figures (FigureExtractor)", ("org.newsline.enrich.figures",)),
    ("entities (collect, merge, gazetteer)", ("org.newsline.enrich.entities",)),
    ("title recasing", ("org.newsline.enrich.engine.TitleCase",)),
    ("JSON in/out (Jackson)", ("tools.jackson.", "org.newsline.model.kafka")),
    ("NER CRFs", ("edu.stanford.nlp.ie.crf.", "edu.stanford.nlp.sequences.")),
    ("NER numeric classifiers", ("NumberSequenceClassifier", "QuantifiableEntityNormalizer", "NumberNormalizer")),
    ("NER other", ("edu.stanford.nlp.pipeline.NERCombinerAnnotator", "edu.stanford.nlp.ie.")),
    ("POS tagger", ("edu.stanford.nlp.tagger.",)),
    ("lemma (Morphology)", ("edu.stanford.nlp.process.Morphology", "edu.stanford.nlp.pipeline.MorphaAnnotator")),
    ("tokenize", ("edu.stanford.nlp.process.PTB", "edu.stanford.nlp.pipeline.TokenizerAnnotator")),
    ("ssplit", ("edu.stanford.nlp.process.WordToSentence", "edu.stanford.nlp.pipeline.WordsToSentencesAnnotator")),
    ("engine plumbing (Sentences, annotation copies)", ("org.newsline.enrich.engine",)),
    ("other CoreNLP", ("edu.stanford.nlp.",)),
]

def main():
    path = sys.argv[1]
    thread = sys.argv[2] if len(sys.argv) > 2 else None
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", path],
                         capture_output=True, text=True, check=True).stdout
    counts = collections.Counter()
    total = 0
    for event in out.split("jdk.ExecutionSample")[1:]:
        m = re.search(r'sampledThread = "([^"]*)"', event)
        if thread and (not m or thread not in m.group(1)):
            continue
        frames = re.findall(r"^\s+([\w$.]+)\(", event, re.M)
        if not frames:
            continue
        total += 1
        joined = frames
        for name, prefixes in STAGES:
            if any(any(p in f for p in prefixes) for f in joined):
                counts[name] += 1
                break
        else:
            counts["other (JDK, GC-free runtime, bench)"] += 1
    print(f"{total} samples" + (f" on threads matching '{thread}'" if thread else ""))
    for name, c in counts.most_common():
        print(f"  {100.0 * c / total:5.1f}%  {name}")

if __name__ == "__main__":
    main()
