"""The main tree: Organisations → organisation → its guarantees, and NCTS → all guarantees.

Children are read from the store in batches as the view asks for them (canFetchMore /
fetchMore), so a register of 10,000 organisations opens at once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from core.i18n import translate

if TYPE_CHECKING:
    from core.context import UserContext


BATCH = 200
SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
LEAF = SELECTABLE | Qt.ItemFlag.ItemNeverHasChildren
KindRole = Qt.ItemDataRole.UserRole + 1
RecordIdRole = Qt.ItemDataRole.UserRole + 2


class NodeKind(str, Enum):
    ROOT = "root"
    ORGANISATIONS = "organisations"
    NCTS = "ncts"
    ORGANISATION = "organisation"
    GUARANTEE = "guarantee"


@dataclass(eq=False)
class Node:
    kind: NodeKind
    label: str
    parent: "Node | None" = None
    record_id: int | None = None
    children: list["Node"] = field(default_factory=list)
    total: int | None = None  # children in the store; None = not counted yet
    tooltip: str = ""
    row: int = 0  # position among the parent's children

    @property
    def can_fetch_more(self) -> bool:
        return self.total is None or len(self.children) < self.total


class NavigationModel(QAbstractItemModel):
    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self._context = context
        self._root = Node(NodeKind.ROOT, "")
        register_tip = translate("NavigationModel", "The organisation register: principals and representatives")
        self.organisations_node = Node(NodeKind.ORGANISATIONS, translate("NavigationModel", "Organisations"),
                                       self._root, tooltip=register_tip)
        self.ncts_node = Node(NodeKind.NCTS, "NCTS", self._root,
                              tooltip=translate("NavigationModel", "All guarantees in use for NCTS"))
        self.ncts_node.row = 1
        self._root.children = [self.organisations_node, self.ncts_node]
        self._root.total = 2
        self._guarantee_counts: dict[int, int] = {}
        self._changing = False  # no fetching while rows are being inserted or removed

    # --- structure -------------------------------------------------------------------------
    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int = 0, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        parent_node = self.node(parent)
        if row >= len(parent_node.children):
            return QModelIndex()
        return self.createIndex(row, 0, parent_node.children[row])

    def index_of(self, node: Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_node = self.node(index).parent
        if parent_node is None or parent_node is self._root:
            return QModelIndex()
        return self.index_of(parent_node)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        node = self.node(parent)
        if node.kind is NodeKind.GUARANTEE:
            return False
        if node.kind is NodeKind.ORGANISATION:
            return self._guarantee_counts.get(node.record_id, 0) > 0
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return LEAF if index.internalPointer().kind is NodeKind.GUARANTEE else SELECTABLE

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or node.label
        if role == KindRole:
            return node.kind.value
        if role == RecordIdRole:
            return node.record_id
        return None

    # --- lazy loading ----------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex) -> bool:
        if self._changing:
            return False
        node = self.node(parent)
        return node.kind is not NodeKind.GUARANTEE and node.kind is not NodeKind.ROOT and node.can_fetch_more

    def fetchMore(self, parent: QModelIndex) -> None:
        node = self.node(parent)
        if not self.canFetchMore(parent):
            return
        if node.total is None:
            node.total = self._count_children(node)
        new_children = self._load_children(node, offset=len(node.children), limit=BATCH)
        if not new_children:
            node.total = len(node.children)
            return
        first = len(node.children)
        for position, child in enumerate(new_children, start=first):
            child.row = position
        self._changing = True
        try:
            self.beginInsertRows(parent, first, first + len(new_children) - 1)
            node.children.extend(new_children)
            self.endInsertRows()
        finally:
            self._changing = False

    def _count_children(self, node: Node) -> int:
        if node.kind is NodeKind.ORGANISATIONS:
            return self._context.organisations.count()
        if node.kind is NodeKind.NCTS:
            return self._context.guarantees.count()
        return self._context.guarantees.count(org_id=node.record_id)

    def _load_children(self, node: Node, offset: int, limit: int) -> list[Node]:
        if node.kind is NodeKind.ORGANISATIONS:
            orgs = self._context.organisations.list(offset=offset, limit=limit)
            self._guarantee_counts.update(self._context.guarantees.counts_by_org([o.id for o in orgs]))
            return [Node(NodeKind.ORGANISATION, o.label, node, o.id, tooltip=_org_tooltip(o)) for o in orgs]
        org_id = node.record_id if node.kind is NodeKind.ORGANISATION else None
        return [Node(NodeKind.GUARANTEE, g.label, node, g.id, total=0)
                for g in self._context.guarantees.list(org_id=org_id, offset=offset, limit=limit)]

    # --- refreshing after edits ---------------------------------------------------------------
    def reload_children(self, node: Node) -> None:
        """Forget the loaded children of ``node``; the view fetches them again."""
        index = self.index_of(node)
        self._changing = True
        try:
            if node.children:
                self.beginRemoveRows(index, 0, len(node.children) - 1)
                node.children = []
                self.endRemoveRows()
            node.total = None
        finally:
            self._changing = False
        if node.kind is NodeKind.ORGANISATION:
            self._guarantee_counts[node.record_id] = self._context.guarantees.count(org_id=node.record_id)
        self.fetchMore(index)

    def update_organisation(self, org_id: int) -> None:
        """Relabel an edited organisation and refresh its guarantees."""
        node = self.find(NodeKind.ORGANISATION, org_id)
        if node is None:
            return
        org = self._context.organisations.get(org_id)
        node.label, node.tooltip = org.label, _org_tooltip(org)
        index = self.index_of(node)
        self.dataChanged.emit(index, index)
        self.reload_children(node)

    def find(self, kind: NodeKind, record_id: int, under: Node | None = None) -> Node | None:
        for child in (under or self._root).children:
            if child.kind is kind and child.record_id == record_id:
                return child
            found = self.find(kind, record_id, child) if child.children else None
            if found is not None:
                return found
        return None


def _org_tooltip(org) -> str:
    place = ", ".join(p for p in (org.street, f"{org.postcode} {org.city}".strip(), org.country) if p)
    identity = translate("NavigationModel", "EORI/TIN {eori}, branch {branch}").format(eori=org.eori, branch=org.branch)
    return f"{org.name}\n{identity}\n{place}"
