package org.plenary.pipeline;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Set-up made the first time it is asked for, once, whichever thread asks first: for what most
 * runs never need (the PDF reader in a run of texts, the stylesheet that reads Akoma Ntoso input),
 * so that start-up does not pay for it.
 */
public final class OnFirstUse<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    public OnFirstUse(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                if (value == null) {
                    value = Objects.requireNonNull(make.get(), "the set-up made nothing");
                }
                made = value;
            }
        }
        return made;
    }
}
