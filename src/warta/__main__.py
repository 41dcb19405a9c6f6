"""``python -m warta``: the same as the ``warta`` command."""

try:
    from warta.cli import main
except KeyboardInterrupt:  # Ctrl-C during the imports: no traceback
    raise SystemExit(130) from None

raise SystemExit(main())
