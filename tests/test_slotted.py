"""``slotted.frozen`` and ``slotted.mutable`` make the class the dataclass of the same declaration
makes: the same signature, repr, equality, hash, immutability, pickling and copies, and
``dataclasses.fields``/``replace``/``asdict`` work on it, so the public records keep behaving
as the dataclasses they were."""
from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from dataclasses import FrozenInstanceError, dataclass, field

import pytest

from newsparse import Article, Evidence, ParseOptions, PubDate, Record, Segment, SegmentKind, parse
from newsparse.slotted import factory, frozen, mutable, replace


@frozen
class Point:
    """A point."""
    x: int
    y: int = 0
    tags: dict = factory(dict)

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


@dataclass(frozen=True, slots=True)
class PointDC:
    x: int
    y: int = 0
    tags: dict = field(default_factory=dict)


@mutable
class Box:
    items: list = factory(list)
    label: str | None = None


@dataclass(slots=True)
class BoxDC:
    items: list = field(default_factory=list)
    label: str | None = None


@frozen
class One:
    value: str


def test_frozen_answers_as_the_frozen_dataclass():
    p, d = Point(1, 2), PointDC(1, 2)
    assert repr(p) == repr(d).replace("PointDC", "Point")
    assert p == Point(1, 2) and p != Point(1, 3) and p != (1, 2, {})
    assert Point.__eq__(p, d) is NotImplemented                 # another class is never equal
    assert hash(Point(1, 2, ())) == hash(PointDC(1, 2, ())) == hash((1, 2, ()))
    assert p.norm() == 3 and Point.__doc__ == "A point." and Point.__match_args__ == ("x", "y", "tags")
    assert not hasattr(p, "__dict__") and Point.__slots__ == ("x", "y", "tags")
    assert Point(1).tags is not Point(1).tags                   # a factory makes one per instance
    assert list(inspect.signature(Point).parameters) == ["x", "y", "tags"]
    assert str(inspect.signature(Point)) == "(x, y=0, tags=<factory>)"


@pytest.mark.parametrize("act", [lambda p: setattr(p, "x", 5), lambda p: setattr(p, "new", 5),
                                 lambda p: delattr(p, "x")], ids=["assign", "add", "delete"])
def test_a_frozen_instance_cannot_change(act):
    p = Point(1, 2)
    with pytest.raises(FrozenInstanceError):
        act(p)
    assert p == Point(1, 2)


def test_mutable_answers_as_the_dataclass():
    b = Box()
    b.items.append(1)
    b.label = "x"
    assert repr(b) == "Box(items=[1], label='x')" and repr(BoxDC([1], "x")) == "BoxDC(items=[1], label='x')"
    assert b == Box([1], "x") and b != Box([1])
    with pytest.raises(TypeError):
        hash(b)
    with pytest.raises(AttributeError):
        b.other = 1                                             # slotted: no new attributes


def test_one_field_class():
    assert One("a") == One("a") and hash(One("a")) == hash(("a",)) and repr(One("a")) == "One(value='a')"
    assert replace(One("a"), value="b") == One("b")


def test_wrong_arguments_are_type_errors_as_for_a_dataclass():
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'x'"):
        Point()
    with pytest.raises(TypeError, match="unexpected keyword argument 'z'"):
        Point(1, z=2)
    with pytest.raises(TypeError, match="unexpected keyword argument 'z'"):
        replace(Point(1), z=2)


@pytest.mark.parametrize("value", [Point(1, 2, {"a": 1}), Box([1, 2], "b"), One("a")], ids=repr)
def test_pickle_and_copies(value):
    for other in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
        assert other == value and type(other) is type(value)


def test_dataclasses_functions_work_on_them():
    p = Point(1, 2)
    assert dataclasses.is_dataclass(Point) and dataclasses.is_dataclass(p)
    assert [f.name for f in dataclasses.fields(p)] == ["x", "y", "tags"]
    assert dataclasses.replace(p, y=5) == replace(p, y=5) == Point(1, 5)
    assert dataclasses.asdict(p) == {"x": 1, "y": 2, "tags": {}}
    assert dataclasses.astuple(Box([1], "b")) == ([1], "b")
    assert dataclasses.fields(Point)[2].default_factory is dict
    assert Point.__dataclass_params__.frozen and not Box.__dataclass_params__.frozen


def test_the_public_records_are_still_dataclasses():
    article = parse("Council agrees budget\n\nBy Jane Roe\n\nThe council met on Tuesday and agreed it.\n")
    assert dataclasses.is_dataclass(article)
    assert [f.name for f in dataclasses.fields(Article)][:3] == ["path", "index", "title"]
    assert dataclasses.replace(article, title="x").title == "x"
    assert dataclasses.asdict(article)["segments"][0]["kind"] is SegmentKind.HEADER
    assert pickle.loads(pickle.dumps(article)) == article
    with pytest.raises(FrozenInstanceError):
        article.title = "y"
    for cls in (Segment, Evidence, PubDate, ParseOptions, Record):
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen
    assert repr(Evidence("By Jane", 0, 7)) == "Evidence(raw='By Jane', start=0, end=7)"
    assert Record("t", 0, "single").extra == {}


def test_init_is_written_the_first_time_the_class_is_used():
    @frozen
    class Pair:
        a: int
        b: int = 2

    class Triple(Pair):
        pass

    assert not inspect.isfunction(Pair.__dict__["__init__"])    # nothing compiled yet
    assert Triple(1) == Triple(1, 2) and Triple(1).b == 2          # through a subclass first
    assert inspect.isfunction(Pair.__dict__["__init__"])        # written once, on the class
    assert Pair(5, b=6).a == 5
    assert str(inspect.signature(Pair)) == "(a, b=2)"
    with pytest.raises(TypeError):
        Pair()


def test_the_package_classes_find_their_init_compiled_ahead():
    """slotted_inits.py holds the ``__init__`` of every record class of the package, compiled
    ahead; run tools/build_tables.py after changing one. The function made from it is
    the one compiling the source gives: the same code and defaults."""
    from pathlib import Path
    from newsparse import slotted
    classes = slotted.package_classes()
    assert len(classes) > 30
    shipped = Path(slotted.__file__).with_name("slotted_inits.py").read_text(encoding="utf-8")
    assert shipped == slotted.inits_module(classes), "run: python tools/build_tables.py"
    for cls in classes:
        source, env, _ = slotted._init_source(cls, cls.__match_args__, cls._defaults, cls._frozen)
        assert source in slotted._shipped(), cls
        made = slotted._init(cls, cls.__match_args__, cls._defaults, cls._frozen)
        exec(source, env)
        assert made.__code__.co_code == env["__init__"].__code__.co_code, cls
        assert made.__defaults__ == env["__init__"].__defaults__, cls
        assert made.__code__.co_varnames == env["__init__"].__code__.co_varnames, cls
