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
}
