package org.runavm.security.internal.rule;

/** Covers every target of a permission ({@code --allow-run}, a policy file's system list): the least specific scope. */
public record AnyScope() implements Scope {

    @Override
    public long specificity(Subject subject) {
        return 0;
    }
}
