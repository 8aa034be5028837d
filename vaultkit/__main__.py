from vaultkit.cli import main

raise SystemExit(main())
