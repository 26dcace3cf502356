// Streams the chosen file to an upload endpoint with XMLHttpRequest, so the browser reports upload progress and
// the file never travels through the Blazor circuit. Text fields go first: the server reads them before the file.

export function describe(input) {
  const file = input.files && input.files[0];
  return file ? { name: file.name, size: file.size } : null;
}

export function clear(input) {
  input.value = "";
}

export function send(input, url, fields, progressSink) {
  const file = input.files && input.files[0];
  const form = new FormData();
  for (const [name, value] of Object.entries(fields || {})) form.append(name, value);
  if (file) form.append("file", file, file.name);

  const token = document.querySelector('input[name="__RequestVerificationToken"]');
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    if (token) xhr.setRequestHeader("RequestVerificationToken", token.value);
    let last = 0;
    xhr.upload.onprogress = (e) => {
      const now = Date.now();
      if (progressSink && e.lengthComputable && (now - last > 150 || e.loaded === e.total)) {
        last = now;
        progressSink.invokeMethodAsync("OnUploadProgress", e.loaded, e.total);
      }
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => resolve({ status: 0, body: "" });
    xhr.send(form);
  });
}
