package org.newsum.model;

import java.util.List;

/**
 * A person, organization or place the articles name, under its fullest name.
 *
 * @param name     the canonical name: the fullest form the cluster uses most
 * @param type     what it is
 * @param aliases  the other forms that refer to it (surnames, spelling variants), most frequent first
 * @param articles in how many articles it is named
 * @param mentions how many times it is named in all
 */
public record Entity(String name, Type type, List<String> aliases, int articles, int mentions) {

    /** The kinds of entity newsum tells apart. */
    public enum Type { PERSON, ORGANIZATION, PLACE }

    public Entity {
        aliases = List.copyOf(aliases);
    }
}
