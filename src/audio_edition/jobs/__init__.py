"""The jobs: the only places that call the stages in order. episode (one article), edition
(many articles in one episode), batch (many episodes, locally or on Dask) and daily (feeds to
an edition, its episodes and the podcast)."""
