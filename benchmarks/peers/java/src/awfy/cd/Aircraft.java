package awfy.cd;

/** An aircraft's position in one frame. */
record Aircraft(CallSign callsign, Vector3D position) {}
