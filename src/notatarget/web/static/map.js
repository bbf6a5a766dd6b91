// Dashboard and public map: country outlines from the vendored world-atlas TopoJSON, clustered markers.
"use strict";
(function () {
  const el = document.getElementById("map");
  if (!el || !window.L) return;
  const map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 10 }).setView([20, 20], 2);
  map.attributionControl.setPrefix(false);
  // The page's plain-text credits (data-attribution); Leaflet reads an attribution as HTML, so markup is dropped.
  map.attributionControl.addAttribution((el.dataset.attribution || "").replace(/[<>&"]/g, ""));
  const load = (url) => fetch(url, { credentials: "same-origin" }).then((r) => r.json());
  const outline = { style: { color: "#7b8794", weight: 0.7, fillColor: "#fdfdf8", fillOpacity: 1 }, interactive: false };
  const draw = (topology) => L.geoJSON(topojson.feature(topology, topology.objects.countries), outline).addTo(map).bringToBack();
  let countries = null;
  let detailed = false;
  // Coarse outlines (1:110m) first; the finer 1:50m ones replace them once someone zooms in.
  map.on("zoomend", () => {
    if (detailed || map.getZoom() < 4 || !el.dataset.countriesDetailed) return;
    detailed = true;
    load(el.dataset.countriesDetailed).then((topology) => {
      const finer = draw(topology);
      if (countries) map.removeLayer(countries);
      countries = finer;
    });
  });
  load(el.dataset.countries).then((topology) => {
    const coarse = draw(topology);
    if (countries) map.removeLayer(coarse); else countries = coarse;
    return load(el.dataset.points);
  }).then((data) => {
    const cluster = L.markerClusterGroup({ showCoverageOnHover: false });
    const markers = [];
    data.features.forEach((f) => {
      const [lon, lat] = f.geometry.coordinates;
      const p = f.properties;
      const marker = L.circleMarker([lat, lon], { radius: 7, color: "#7a1f00", fillColor: "#D55E00", fillOpacity: 0.85, weight: 1 });
      // Popup content built as text nodes: values are never parsed as HTML.
      const box = document.createElement("div");
      [p.date, p.country, p.attack_types, p.facility_type, p.certainty].filter(Boolean).forEach((v) => {
        const line = document.createElement("div");
        line.textContent = Array.isArray(v) ? v.join(", ") : String(v);
        box.appendChild(line);
      });
      if (p.url) {
        const a = document.createElement("a");
        a.href = p.url; a.textContent = p.id || "open";
        box.appendChild(a);
      }
      marker.bindPopup(box);
      markers.push(marker);
    });
    cluster.addLayers(markers);
    map.addLayer(cluster);
    el.dataset.markers = String(markers.length);
    if (markers.length) map.fitBounds(cluster.getBounds().pad(0.5), { maxZoom: 4 });
    el.classList.add("ready");
  }).catch((err) => { el.dataset.error = String(err); });
})();
