package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.newsline.model.Field;

/** One tagged sentence of a field: its tokens, whose offsets are offsets into {@code text}. */
record TaggedSentence(List<CoreLabel> tokens, Field field, String text) {}
