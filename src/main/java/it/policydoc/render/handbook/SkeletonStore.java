package it.policydoc.render.handbook;

import java.util.Optional;

/**
 * Where converted handbook skeletons are kept between builds, by a key that covers everything
 * the conversion read except the {@code policy:} references (which the skeleton lists). What a
 * store gives back is checked against the key's document before use, never trusted alone.
 */
public interface SkeletonStore {

    /** Keeps nothing: every handbook is converted. */
    SkeletonStore NONE = new SkeletonStore() {
        @Override
        public Optional<ConvertedSkeleton> find(String key) {
            return Optional.empty();
        }

        @Override
        public void keep(String key, ConvertedSkeleton skeleton) {
            // Nothing is kept.
        }
    };

    /** A conversion kept by an earlier build under this key, if any. */
    Optional<ConvertedSkeleton> find(String key);

    /** Keeps a conversion this build used (made now or found), for the next build. */
    void keep(String key, ConvertedSkeleton skeleton);
}
