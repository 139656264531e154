"""Learning records that reach the company's LRS (learning record store).

Pure Python, no Qt: ``config`` (IT's lrs.yaml), ``ledger`` (which statement ids the
LRS confirmed), ``client`` (xAPI 1.0.3 over HTTP), ``sender`` (the durable queue and
its background thread), ``bundle`` (a zip for machines that never go online),
``classdata`` (a class report's numbers). Nothing here opens a socket unless IT
wrote an lrs.yaml.
"""
