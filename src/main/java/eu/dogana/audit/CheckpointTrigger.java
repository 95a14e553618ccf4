package eu.dogana.audit;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Counts the events this node commits for {@link Checkpoints}, which signs early when enough are unsigned. A listener
 * of its own because the writer resolves its listeners when it is built, and {@code Checkpoints} needs the writer:
 * the checkpoints are looked up on the first commit instead.
 */
@Singleton
final class CheckpointTrigger implements CommitListener {

    private final Instance<Checkpoints> checkpoints;

    CheckpointTrigger(Instance<Checkpoints> checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Override
    public void committed(List<ChainedEvent> batch) {
        checkpoints.get().written(batch.size());
    }
}
