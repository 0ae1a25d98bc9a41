"""Slotted record classes, declared as dataclasses are, made at a tenth of the cost.

``@dataclass(frozen=True, slots=True)`` writes and compiles six or seven methods for every
class (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``,
the pickling pair) and then builds the class a second time to add the slots: about a
millisecond a class, and the parser declares nearly forty, so a third of its start-up went
there. Here only ``__init__`` is written and compiled, since a call of it must cost what a
written one does, and only when the class is first used (``_LazyInit``); the other methods
are shared by every class and read the fields with one ``operator.attrgetter``:

    @frozen
    class Segment:
        kind: SegmentKind
        start: int
        end: int

    @mutable
    class Fields:
        title: str | None = None
        authors: list[str] = factory(list)

A class behaves as the dataclass of the same declaration does: the same ``__init__`` signature
(defaults, ``factory`` for ``field(default_factory=...)``), ``repr``, equality between instances
of the same class, ``hash`` for frozen classes (the hash of the tuple of the fields, unhashable
when mutable), ``FrozenInstanceError`` on assignment to a frozen one, ``__match_args__``, pickling
and ``copy``. ``dataclasses.fields``, ``replace``, ``asdict`` and ``is_dataclass`` work on it too:
the first time one of them asks, the dataclass of the same declaration is built and its fields
are answered (so the cost is paid only by code that asks). The package itself uses ``replace``
from here, which does not load the dataclasses module.

A frozen class's ``__init__`` sets each slot through the slot's own descriptor, three times
faster than the ``object.__setattr__`` calls of a frozen dataclass.
"""
from __future__ import annotations

from operator import attrgetter



class _Missing:
    def __repr__(self) -> str:
        return "<factory>"     # as a dataclass's signature shows a field with a default factory


_MISSING = _Missing()


class factory:
    """A field's default made by calling ``make()`` for each instance: the
    ``field(default_factory=make)`` of a dataclass."""

    __slots__ = ("make",)

    def __init__(self, make) -> None:
        self.make = make


def frozen(cls: type) -> type:
    """The class declared by ``cls``'s annotations, immutable and slotted:
    ``@dataclass(frozen=True, slots=True)``."""
    return _build(cls, True)


def mutable(cls: type) -> type:
    """The class declared by ``cls``'s annotations, slotted: ``@dataclass(slots=True)``."""
    return _build(cls, False)


def replace(obj, /, **changes):
    """A copy of ``obj`` with the ``changes``: ``dataclasses.replace`` for these classes."""
    values = dict(zip(obj.__match_args__, obj._values(obj)))
    values.update(changes)
    return obj.__class__(**values)


def field_values(obj) -> tuple:
    """The values of ``obj``'s fields, in order: what its equality and hash read. As a key of a
    dict it is hashed and compared in C, where ``obj`` itself calls ``__hash__`` and ``__eq__``
    in Python."""
    return obj._values(obj)


def _build(cls: type, is_frozen: bool) -> type:
    names = tuple(cls.__dict__.get("__annotations__", {}))
    ns = {k: v for k, v in cls.__dict__.items() if k not in names and k not in ("__dict__", "__weakref__")}
    defaults = {n: cls.__dict__[n] for n in names if n in cls.__dict__}
    values = attrgetter(*names) if len(names) > 1 else (lambda o, _get=attrgetter(*names): (_get(o),))
    ns.update(__slots__=names, __match_args__=names, _values=staticmethod(values), _defaults=defaults,
              _frozen=is_frozen, __repr__=_repr, __eq__=_eq, __reduce__=_reduce,
              __dataclass_fields__=_AsDataclass("fields"), __dataclass_params__=_AsDataclass("params"),
              __qualname__=cls.__qualname__)
    if is_frozen:
        ns.update(__hash__=_hash, __setattr__=_setattr, __delattr__=_delattr)
    else:
        ns["__hash__"] = None
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__init__ = _LazyInit(new, names, defaults, is_frozen)
    return new


class _LazyInit:
    """A class's ``__init__`` until it is first looked up (its first instance, or its signature
    asked for): then ``_init`` writes and compiles it, it replaces this on the class, and from
    there on the class has a plain ``__init__``. A run compiles only the classes it makes (a
    short parse makes 21 of the package's 32)."""

    __slots__ = ("cls", "names", "defaults", "is_frozen")

    def __init__(self, cls: type, names: tuple[str, ...], defaults: dict, is_frozen: bool) -> None:
        self.cls, self.names, self.defaults, self.is_frozen = cls, names, defaults, is_frozen

    def __get__(self, obj, owner=None):
        cls = self.cls
        init = cls.__dict__["__init__"]
        if init is self:                  # not replaced yet (another thread may have done it)
            init = _init(cls, self.names, self.defaults, self.is_frozen)
            cls.__init__ = init
        return init if obj is None else init.__get__(obj, owner)


def _init(cls: type, names: tuple[str, ...], defaults: dict, is_frozen: bool):
    """``__init__``, written for the fields and compiled, as a dataclass's is. The package's
    own classes find the code compiled ahead (``slotted_inits.py``), which saves compiling it
    at run time (about 0.15 ms a class): the same code, run with the same globals."""
    source, env, given = _init_source(cls, names, defaults, is_frozen)
    code = _shipped().get(source)
    if code is not None:
        init = _Function(code, env, "__init__", tuple(env[name] for name in given) or None)
    else:
        exec(source, env)       # noqa: S102 - the source is built here from the class's field names
        init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    return init


_Function = type(_init)


def _init_source(cls: type, names: tuple[str, ...], defaults: dict,
                 is_frozen: bool) -> tuple[str, dict, list[str]]:
    """The source of ``__init__``, the globals it runs with and the names of its defaults."""
    env: dict = {"_MISSING": _MISSING}
    params, body, given = [], [], []
    for n in names:
        default = defaults.get(n, _MISSING)
        value = n
        if isinstance(default, factory):
            env[f"_f_{n}"] = default.make
            params.append(f"{n}=_MISSING")
            given.append("_MISSING")
            value = f"_f_{n}() if {n} is _MISSING else {n}"
        elif default is not _MISSING:
            env[f"_d_{n}"] = default
            params.append(f"{n}=_d_{n}")
            given.append(f"_d_{n}")
        else:
            params.append(n)
        if is_frozen:
            env[f"_s_{n}"] = getattr(cls, n).__set__
            body.append(f"_s_{n}(self, {value})")
        else:
            body.append(f"self.{n} = {value}")
    source = f"def __init__(self, {', '.join(params)}):\n    " + "\n    ".join(body or ["pass"]) + "\n"
    return source, env, given


_SHIPPED: dict | None = None


def _shipped() -> dict:
    """source -> the function that makes that ``__init__`` from the names it reads, for the
    package's own classes (``slotted_inits.py``, written by ``tools/build_tables.py``).
    A class changed since writes a source not found there and is compiled as any other."""
    global _SHIPPED
    if _SHIPPED is None:
        try:
            from .slotted_inits import INITS
        except ImportError:             # not written yet
            INITS = {}
        _SHIPPED = INITS
    return _SHIPPED


def inits_module(classes) -> str:
    """The text of ``slotted_inits.py`` for ``classes`` (declared with ``frozen`` or ``mutable``):
    each ``__init__`` source, compiled without its defaults (they are given when the function
    is made, and are not part of the code), keyed by the source."""
    sources = sorted({_init_source(c, c.__match_args__, c._defaults, c._frozen)[0] for c in classes})
    parts = []
    for source in sources:
        head, _, body = source.partition("\n")
        params = ", ".join(p.split("=")[0] for p in head[len("def __init__("):-len("):")].split(", "))
        key = "\n       ".join(repr(line + "\n") for line in source.splitlines())
        parts.append(f"def __init__({params}):\n{body}\n\nINITS[({key})] = __init__.__code__\n")
    return f'"""{INITS_DOC}"""\n\nINITS = {{}}\n\n\n' + "\n\n".join(parts)


def package_classes() -> list[type]:
    """Every class the package declares with ``frozen`` or ``mutable`` (after importing the
    modules that declare them)."""
    import sys
    from . import batch, cli, cli_run, pipeline, pool, serialize  # noqa: F401 - the modules a run imports
    from .layouts import specs
    specs()                             # every layout's module
    found = {}
    for name, module in sorted(sys.modules.items()):
        if name.startswith("newsparse.") and name != "newsparse.slotted_inits":
            for value in vars(module).values():
                if isinstance(value, type) and "_frozen" in value.__dict__ and value.__module__ == name:
                    found[value.__module__, value.__qualname__] = value
    return [found[k] for k in sorted(found)]


INITS_DOC = """The ``__init__`` of every record class of the package, compiled ahead: source (as
``slotted._init_source`` writes it) -> its code, which ``slotted._init`` makes a function of.
Written by ``python tools/build_tables.py``, do not edit; a class changed since is not
found here and is compiled at run time as before, and tests/test_slotted.py fails until this is
written again."""


def _repr(self) -> str:
    pairs = ", ".join(f"{n}={v!r}" for n, v in zip(self.__match_args__, self._values(self)))
    return f"{self.__class__.__qualname__}({pairs})"


def _eq(self, other):
    if other.__class__ is self.__class__:
        return self._values(self) == self._values(other)
    return NotImplemented


def _hash(self) -> int:
    return hash(self._values(self))


def _reduce(self):
    return self.__class__, self._values(self)


def _setattr(self, name, value):
    from dataclasses import FrozenInstanceError
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _delattr(self, name):
    from dataclasses import FrozenInstanceError
    raise FrozenInstanceError(f"cannot delete field {name!r}")


class _AsDataclass:
    """``__dataclass_fields__`` or ``__dataclass_params__``: those of the dataclass of the same
    declaration, built on first access and then kept on the class in place of this."""

    def __init__(self, what: str) -> None:
        self.what = what

    def __get__(self, obj, cls):
        import dataclasses
        ns = {"__annotations__": cls.__annotations__, "__module__": cls.__module__,
              "__qualname__": cls.__qualname__}
        for n, default in cls._defaults.items():
            ns[n] = dataclasses.field(default_factory=default.make) if isinstance(default, factory) else default
        shadow = dataclasses.dataclass(frozen=cls._frozen)(type(cls.__name__, (), ns))
        type.__setattr__(cls, "__dataclass_fields__", shadow.__dataclass_fields__)
        type.__setattr__(cls, "__dataclass_params__", shadow.__dataclass_params__)
        return getattr(shadow, f"__dataclass_{self.what}__")
