package awfy.cd;

import awfy.som.Vector;

/** Produces the frames: aircraft in pairs, flying along x while the pair's partners weave in y. */
final class Simulator {
  private final Vector<CallSign> aircraft = new Vector<>();

  Simulator(int numAircraft) {
    for (int i = 0; i < numAircraft; i++) {
      aircraft.append(new CallSign(i));
    }
  }

  /**
   * The positions at {@code time}. With an odd number of aircraft the last one has no partner and flies
   * alone (the suite only runs even counts; this keeps a single aircraft well defined).
   */
  Vector<Aircraft> simulate(double time) {
    Vector<Aircraft> frame = new Vector<>();
    for (int i = 0; i < aircraft.size(); i += 2) {
      frame.append(new Aircraft(aircraft.at(i), new Vector3D(time, Math.cos(time) * 2 + i * 3, 10)));
      if (i + 1 < aircraft.size()) {
        frame.append(new Aircraft(aircraft.at(i + 1), new Vector3D(time, Math.sin(time) * 2 + i * 3, 10)));
      }
    }
    return frame;
  }
}
