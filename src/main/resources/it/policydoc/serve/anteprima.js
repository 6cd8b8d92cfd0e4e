// policydoc preview: reloads the page as soon as the preview server has rebuilt the site.
(function () {
  'use strict';
  var events = new EventSource('/_policydoc/eventi');
  events.addEventListener('ricostruito', function () {
    window.location.reload();
  });
})();
