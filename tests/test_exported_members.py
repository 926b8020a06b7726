from __future__ import annotations

import storycheck


def test_exported_members_all_resolve_and_are_unique():
    assert len(storycheck.__all__) == len(set(storycheck.__all__))
    for name in storycheck.__all__:
        assert getattr(storycheck, name) is not None, name


def test_exported_members_no_public_name_left_out():
    public = {n for n in vars(storycheck) if not n.startswith("_") and not isinstance(getattr(storycheck, n), type(storycheck))}
    assert public - {"annotations"} <= set(storycheck.__all__)
