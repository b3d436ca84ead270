package awfy.deltablue;

/** Which way a binary constraint computes: from v1 to v2 (forward) or back; null when unsatisfied. */
enum Direction {
  FORWARD,
  BACKWARD
}
