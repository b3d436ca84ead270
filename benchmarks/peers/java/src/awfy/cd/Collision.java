package awfy.cd;

/** Two aircraft that came within the proximity radius, and where. */
record Collision(CallSign aircraftA, CallSign aircraftB, Vector3D position) {}
