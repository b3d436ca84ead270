/**
 * JSON policy files (the seed's format), read with Jackson into a tree and validated node by node
 * with the JSON path of every node at hand, so each complaint names the file and the exact place.
 */
package org.runavm.security.internal.file;
