"""Entry script of the frozen program: PyInstaller runs this file as `__main__` in both executables."""

import sys

from unionoffice.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
