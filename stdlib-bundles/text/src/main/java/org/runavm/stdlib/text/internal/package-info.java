/**
 * The standard module {@code text}: templates ({@link org.runavm.stdlib.text.internal.TemplateFormatter}),
 * Java regular expressions ({@link org.runavm.stdlib.text.internal.RegexFunctions}), JSON through
 * Jackson ({@link org.runavm.stdlib.text.internal.JsonReader}, {@link org.runavm.stdlib.text.internal.JsonWriter}),
 * padding and strict UTF-8/Base64/URL codecs.
 *
 * <p>Invariants: no function needs a permission; every malformed input (a bad pattern, invalid JSON,
 * malformed UTF-8) is a {@code ValueError} whose message names the function and the offending input
 * or position, never a Java exception.
 */
package org.runavm.stdlib.text.internal;
