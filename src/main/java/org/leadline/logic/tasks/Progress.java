package org.leadline.logic.tasks;

/**
 * How long work reports progress and learns that it should stop. Cancelling is cooperative: the work checks
 * between batches and never interrupts a database write.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void report(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void report(long done, long total);

    boolean cancelled();

    /** A part of the whole work whose 0…100% is {@code fromPercent}…{@code toPercent} of the whole. */
    static Progress span(Progress whole, int fromPercent, int toPercent) {
        return part(whole, fromPercent, toPercent, 100);
    }

    /** One of {@code shares} equal steps of the whole work (0-based {@code index}): its 0…100% is that step of the whole. */
    static Progress share(Progress whole, int index, int shares) {
        return part(whole, index, index + 1, shares);
    }

    /** The part from {@code from / of} to {@code to / of} of the whole, its own reports in thousandths of it. */
    private static Progress part(Progress whole, long from, long to, long of) {
        return new Progress() {
            @Override
            public void report(long done, long total) {
                long step = total <= 0 ? 0 : Math.min(1000, done * 1000 / total);
                whole.report(from * 1000 + step * (to - from), of * 1000);
            }

            @Override
            public boolean cancelled() {
                return whole.cancelled();
            }
        };
    }
}
