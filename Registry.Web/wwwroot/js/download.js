// Saves what a GET answers as a file. A plain link cannot send an Accept header, and the royalties endpoint answers
// CSV only to "Accept: text/csv"; the sign-in cookie goes along because the request is same-origin.

export async function save(url, accept, fileName) {
  const response = await fetch(url, { headers: { Accept: accept }, credentials: "same-origin" });
  if (!response.ok) return response.status;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  return response.status;
}
