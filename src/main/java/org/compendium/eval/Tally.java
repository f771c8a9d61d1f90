package org.compendium.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** Corpus-wide counts: per field gold/predicted/matched items, per attribute correct/total pairs. */
final class Tally {
  /** Counts of one field: items in gold, items predicted, pairs matched. */
  record FieldCount(int gold, int pred, int matched) {
    FieldCount plus(int g, int p, int m) {
      return new FieldCount(gold + g, pred + p, matched + m);
    }
  }

  /** Counts of one attribute over matched pairs. */
  record AttrCount(int correct, int total) {
    AttrCount plus(int c, int t) {
      return new AttrCount(correct + c, total + t);
    }

    Double accuracy() {
      return total == 0 ? null : (double) correct / total;
    }
  }

  final Map<String, FieldCount> fields = new LinkedHashMap<>();
  final Map<String, AttrCount> attrs = new LinkedHashMap<>();

  void add(String key, int gold, int pred, int matched) {
    fields.merge(key, new FieldCount(gold, pred, matched), (a, b) -> a.plus(b.gold, b.pred, b.matched));
  }

  void attr(String key, int correct, int total) {
    attrs.merge(key, new AttrCount(correct, total), (a, b) -> a.plus(b.correct, b.total));
  }

  static double f1(int gold, int pred, int matched) {
    if (gold == 0 && pred == 0) {
      return 1.0;
    }
    double p = pred == 0 ? 0 : (double) matched / pred;
    double r = gold == 0 ? 0 : (double) matched / gold;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
