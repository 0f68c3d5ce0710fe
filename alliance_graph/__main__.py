"""``python -m alliance_graph`` runs the command line."""

from alliance_graph.cli import main

if __name__ == "__main__":
    main()
