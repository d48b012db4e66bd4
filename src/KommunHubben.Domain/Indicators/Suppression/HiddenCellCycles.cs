namespace KommunHubben.Domain.Indicators.Suppression;

/// <summary>
/// The hidden cells of a grid as a graph — nodes are the row lines (0..rows-1) and column lines (rows..rows+columns-1),
/// each hidden cell an edge — that answers, as cells are hidden one by one, whether a hidden cell lies on a cycle. A
/// hidden cell on no cycle (a bridge) can be worked out from the shown figures.
/// <para>
/// Hiding only ever adds edges, so the online bridge algorithm fits (cp-algorithms, "Finding Bridges Online"): a
/// spanning forest of the 2-edge-connected components, merged along the tree path whenever a new edge closes a cycle;
/// two union-finds (components, 2-edge-connected components) and re-rooting the smaller tree when two trees join keep
/// every step amortised near constant. A cell is a bridge while its two lines are in different 2-edge-connected
/// components.
/// </para>
/// </summary>
internal sealed class HiddenCellCycles
{
    private readonly int _rows;
    private readonly int[] _parent;       // forest over 2-edge-connected components (any node of the parent component)
    private readonly int[] _twoEdge;      // union-find: 2-edge-connected components
    private readonly int[] _component;    // union-find over 2-edge representatives: connected components (tree root)
    private readonly int[] _componentSize;
    private readonly int[] _lastVisit;
    private readonly List<int> _pathA = [], _pathB = [];
    private int _visit;

    public HiddenCellCycles(int rows, int columns)
    {
        _rows = rows;
        var nodes = rows + columns;
        _parent = new int[nodes];
        _twoEdge = new int[nodes];
        _component = new int[nodes];
        _componentSize = new int[nodes];
        _lastVisit = new int[nodes];
        for (var v = 0; v < nodes; v++)
        {
            _parent[v] = -1;
            _twoEdge[v] = _component[v] = v;
            _componentSize[v] = 1;
        }
    }

    /// <summary>True when the hidden cell (row, column) lies on no cycle of hidden cells.</summary>
    public bool IsBridge(int row, int column) => TwoEdge(row) != TwoEdge(_rows + column);

    public void Hide(int row, int column)
    {
        int a = TwoEdge(row), b = TwoEdge(_rows + column);
        if (a == b) return;
        int ca = Component(a), cb = Component(b);
        if (ca != cb)
        {
            if (_componentSize[ca] > _componentSize[cb]) (a, b, ca, cb) = (b, a, cb, ca);
            MakeRoot(a);
            _parent[a] = _component[a] = b;
            _componentSize[cb] += _componentSize[a];
        }
        else MergePath(a, b);
    }

    private int TwoEdge(int v)
    {
        var root = v;
        while (_twoEdge[root] != root) root = _twoEdge[root];
        while (_twoEdge[v] != root) (v, _twoEdge[v]) = (_twoEdge[v], root);
        return root;
    }

    private int Component(int v)
    {
        var root = TwoEdge(v);
        while (_component[root] != root) root = _component[root];
        v = TwoEdge(v);
        while (_component[v] != root) (v, _component[v]) = (_component[v], root);
        return root;
    }

    /// <summary>Makes v (a 2-edge representative) the root of its tree by turning the path to the old root around.</summary>
    private void MakeRoot(int v)
    {
        int root = v, child = -1;
        while (v != -1)
        {
            var p = _parent[v] == -1 ? -1 : TwoEdge(_parent[v]);
            _parent[v] = child;
            _component[v] = root;
            child = v;
            v = p;
        }
        _componentSize[root] = _componentSize[child];
    }

    /// <summary>The new edge a–b closes a cycle: every component on the tree path between them becomes one.</summary>
    private void MergePath(int a, int b)
    {
        _visit++;
        _pathA.Clear();
        _pathB.Clear();
        var lca = -1;
        while (lca == -1)
        {
            if (a != -1 && Step(ref a, _pathA, ref lca)) break;
            if (b != -1 && Step(ref b, _pathB, ref lca)) break;
        }
        // Each walk may have passed the meeting point; only the components below it join it.
        MergeInto(_pathA, lca);
        MergeInto(_pathB, lca);
    }

    private void MergeInto(List<int> path, int lca)
    {
        foreach (var v in path)
        {
            _twoEdge[v] = lca;
            if (v == lca) return;
        }
    }

    private bool Step(ref int v, List<int> path, ref int lca)
    {
        v = TwoEdge(v);
        path.Add(v);
        if (_lastVisit[v] == _visit)
        {
            lca = v;
            return true;
        }
        _lastVisit[v] = _visit;
        v = _parent[v];
        return false;
    }
}
