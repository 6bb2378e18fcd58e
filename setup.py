"""Only the package list lives here; everything else is in pyproject.toml.

The files a librarian reviews stay at the top of the repository (``resources/``, ``schema/``)
and are shipped inside the package as ``kb_app/_shipped/resources`` and
``kb_app/_shipped/schema``. setuptools does this by itself with a ``package-dir`` mapping
(pyproject.toml): the wheel and the sdist get the files as package data, with no build step
of ours that copies files. A mapped folder is not found by ``packages.find``, which is why
the list is computed here: setuptools' namespace discovery over ``kb_app`` plus the two
mapped folders and their subfolders (every folder holding data is listed as a package, so
setuptools ships it without « absent from the packages configuration » warnings).
"""

from setuptools import find_namespace_packages, setup

SHIPPED = {"kb_app._shipped.resources": "resources", "kb_app._shipped.schema": "schema"}


def shipped_packages() -> list[str]:
    names = []
    for package, folder in SHIPPED.items():
        names.append(package)
        names += [f"{package}.{sub}" for sub in find_namespace_packages(folder)]
    return names


setup(
    packages=[
        *find_namespace_packages(include=["kb_app", "kb_app.*"], exclude=["*__pycache__"]),
        *shipped_packages(),
    ]
)
