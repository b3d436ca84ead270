/**
 * Rules and their resolution. A {@link org.runavm.security.internal.rule.Rule} pairs a
 * {@link org.runavm.kernel.security.PermissionRule} with a parsed
 * {@link org.runavm.security.internal.rule.Scope}; a request's target becomes a
 * {@link org.runavm.security.internal.rule.Subject}; the {@link
 * org.runavm.security.internal.rule.RuleSet} lets the most specific matching rule decide, deny
 * winning a tie. Specificity is a number per scope kind: path depth, host exactness then port
 * narrowness, name exactness then prefix length; 0 means "covers everything".
 */
package org.runavm.security.internal.rule;
