"""The two report pages share one base template: report.html.j2 (the coach's) and
shared.html.j2 (the shared one) only fill in the blocks of base.html.j2."""

from __future__ import annotations

import pytest
from jinja2 import nodes

from alliance_graph.report.html import _environment

BASE = "base.html.j2"
PAGES = ("report.html.j2", "shared.html.j2")
#: Each page is a list of block overrides, far shorter than the page it makes.
MAX_LINES = {"report.html.j2": 140, "shared.html.j2": 70}


def _source(name: str) -> str:
    environment = _environment()
    return environment.loader.get_source(environment, name)[0]


def _tree(name: str) -> nodes.Template:
    return _environment().parse(_source(name))


def _blocks(name: str) -> dict[str, nodes.Block]:
    return {block.name: block for block in _tree(name).find_all(nodes.Block)}


@pytest.mark.parametrize("name", PAGES)
def test_each_page_extends_the_base(name: str) -> None:
    extends = list(_tree(name).find_all(nodes.Extends))
    assert len(extends) == 1
    assert isinstance(extends[0].template, nodes.Const) and extends[0].template.value == BASE
    assert _source(name).startswith('{% extends "base.html.j2" %}')


def test_the_base_holds_the_page_and_extends_nothing() -> None:
    source = _source(BASE)
    assert not list(_tree(BASE).find_all(nodes.Extends))
    for part in (
        "<!DOCTYPE html>",
        'http-equiv="Content-Security-Policy" content="{{ csp }}"',
        "<style>{{ css }}</style>",
        '<section id="alerts">',
        '<section id="trends">',
        '<section id="changes">',
        "<footer",
        '<script type="application/json" id="report-data">{{ network_json }}</script>',
        "<script>{{ vis_js }}</script>",  # their hashes are in the policy: nothing around them
        "<script>{{ app_js }}</script>",
    ):
        assert source.count(part) == 1, part
    for name in PAGES:
        for part in ("<!DOCTYPE", "<head", "<script", "<footer", "<main"):
            assert part not in _source(name), (name, part)


@pytest.mark.parametrize("name", PAGES)
def test_a_page_is_only_block_overrides(name: str) -> None:
    lines = _source(name).splitlines()
    assert len(lines) <= MAX_LINES[name]
    assert len(lines) < len(_source(BASE).splitlines())
    # at the top level: the extends tag, a few settings, blocks; no markup of its own
    for node in _tree(name).body:
        if isinstance(node, nodes.Output):
            assert all(
                isinstance(child, nodes.TemplateData) and not child.data.strip()
                for child in node.nodes
            ), node
        else:
            assert isinstance(node, (nodes.Extends, nodes.Assign, nodes.Block)), node


@pytest.mark.parametrize("name", PAGES)
def test_a_page_fills_only_blocks_the_base_has_and_all_it_requires(name: str) -> None:
    base, page = _blocks(BASE), _blocks(name)
    # a misspelt block name would be ignored without a word and its content lost
    assert sorted(set(page) - set(base)) == []
    required = {key for key, block in base.items() if block.required}
    assert required and sorted(required - set(page)) == []
