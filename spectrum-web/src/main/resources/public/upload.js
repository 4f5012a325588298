// The training page (upload.jte) reloads itself until the training is done; nothing else uses this file.
setTimeout(function () {
  window.location.reload();
}, 1000);
