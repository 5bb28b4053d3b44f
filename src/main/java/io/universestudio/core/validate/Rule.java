package io.universestudio.core.validate;

import io.universestudio.core.model.Revision;

import java.util.List;

/** One family of checks on a revision. Rules never throw on bad content: they report it. */
public interface Rule {

    List<Problem> check(Revision revision);
}
